package org.griddesk.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.griddesk.account.CurrentUser;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.Actors;
import org.griddesk.web.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The command centers' dashboard. The page polls its live part ({@code dashboard/home :: live}) every few seconds, so
 * figures follow the tickets without a reload and pick up again by themselves after the connection drops.
 */
@Controller
@RequestMapping("/command/dashboard")
class DashboardController {

	private final Dashboard dashboard;

	private final Actors actors;

	private final FigureFormat format;

	private final MessageSource messages;

	private final JsonMapper json;

	private final BoardLinks links;

	private final FigureMarkup markup;

	DashboardController(Dashboard dashboard, Actors actors, FigureFormat format, MessageSource messages,
			JsonMapper json, BoardLinks links, FigureMarkup markup) {
		this.links = links;
		this.markup = markup;
		this.dashboard = dashboard;
		this.actors = actors;
		this.format = format;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping
	String home(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("query") DashboardQuery query,
			BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		Actor actor = this.actors.of(user);
		DashboardView view = this.dashboard.view(actor, binding.hasFieldErrors("region") ? null : query.region(),
				period(query, binding, model, response));
		model.addAttribute("view", view);
		model.addAttribute("trail", this.dashboard.trail(actor, view.region()));
		model.addAttribute("figures", this.markup.of("figures", view,
				() -> Map.of("view", view, "today", this.dashboard.today(), "charts", chartSources(view, locale)),
				request, response, locale));
		return "dashboard/home";
	}

	@GetMapping("/live")
	String live(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("query") DashboardQuery query,
			BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		DashboardView view = this.dashboard.live(this.actors.of(user),
				binding.hasFieldErrors("region") ? null : query.region(), period(query, binding, model, response));
		model.addAttribute("markup", this.markup.of("live", view,
				() -> Map.of("view", view, "today", this.dashboard.today()), request, response, locale));
		return "dashboard/markup";
	}

	/** The asked period; a malformed one shows the default period with the error next to the period fields. */
	private Period period(DashboardQuery query, BindingResult binding, Model model, HttpServletResponse response) {
		try {
			if (binding.hasFieldErrors("period") || binding.hasFieldErrors("from") || binding.hasFieldErrors("to")) {
				throw new InvalidInputException("from", "dashboard.error.periodFormat");
			}
			return Period.of(query.period(), query.from(), query.to(), this.dashboard.today());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("periodError", ex.messageKey());
			model.addAttribute("periodErrorArgs", ex.arguments());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return Period.of(null, null, null, this.dashboard.today());
		}
	}

	/**
	 * What dashboard.js draws, as one JSON source per chart: each canvas carries only its own (the whole set on every
	 * canvas was a quarter of the page, and the template escaped it four times).
	 */
	private Map<String, String> chartSources(DashboardView view, Locale locale) {
		Map<String, String> sources = new LinkedHashMap<>();
		charts(view, locale).forEach((name, chart) -> sources.put(name, this.json.writeValueAsString(chart)));
		return sources;
	}

	/**
	 * The daily trend, the categories, the kinds and the rates, with translated series names, and for each bar the
	 * board's list of the tickets submitted then (a click opens it).
	 */
	private Map<String, Object> charts(DashboardView view, Locale locale) {
		Long region = view.region().id();
		Map<String, Object> charts = new LinkedHashMap<>();
		charts.put("trend", Map.of(
				"labels", view.trend().stream().map(point -> point.day().toString()).toList(),
				"links", view.trend()
					.stream()
					.map(point -> this.links.submittedBetween(region, point.day(), point.day()))
					.toList(),
				"series", List.of(
						series(message("dashboard.chart.submitted", locale),
								view.trend().stream().map(point -> (Object) point.figures().submitted()).toList()),
						series(message("dashboard.chart.resolved", locale),
								view.trend().stream().map(point -> (Object) point.figures().resolved()).toList()),
						series(message("dashboard.chart.overdueAccept", locale), view.trend()
							.stream()
							.map(point -> (Object) (point.figures().countable() - point.figures().acceptedInWindow()))
							.toList()))));
		charts.put("categories", Map.of(
				"labels", view.categories().stream().map(Breakdown::label).toList(),
				"links", breakdownLinks(view, view.categories(), "category"),
				"series", List.of(
						series(message("dashboard.chart.submitted", locale),
								view.categories().stream().map(row -> (Object) row.figures().submitted()).toList()),
						series(message("dashboard.chart.resolved", locale),
								view.categories().stream().map(row -> (Object) row.figures().resolved()).toList()))));
		charts.put("kinds", Map.of(
				"labels", view.kinds().stream().map(row -> message("kind." + row.code(), locale)).toList(),
				"links", breakdownLinks(view, view.kinds(), "kind"),
				"series", List.of(series(message("dashboard.chart.submitted", locale),
						view.kinds().stream().map(row -> (Object) row.figures().submitted()).toList()))));
		charts.put("rates", Map.of(
				"labels", view.trend().stream().map(point -> point.day().toString()).toList(),
				"series", List.of(
						series(message("dashboard.tile.acceptRate", locale), view.trend()
							.stream()
							.map(point -> (Object) this.format.percentValue(point.figures().acceptedInWindowRate()))
							.toList()),
						series(message("dashboard.tile.completionRate", locale), view.trend()
							.stream()
							.map(point -> (Object) this.format.percentValue(point.figures().completionRate()))
							.toList()))));
		return charts;
	}

	private List<String> breakdownLinks(DashboardView view, List<Breakdown> rows, String dimension) {
		return rows.stream()
			.map(row -> this.links.of(dimension, row.code(), view.region().id(), view.period()).submitted())
			.toList();
	}

	private static Map<String, Object> series(String label, List<Object> data) {
		Map<String, Object> series = new LinkedHashMap<>();
		series.put("label", label);
		series.put("data", data);
		return series;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
