package org.griddesk.dashboard;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.View;

/**
 * The dashboard's figures as HTML, written once per shared {@link DashboardView} and language. Every reader of a
 * region gets the same view instance for a few seconds (see {@link Dashboard}), yet each page wrote its tiles, tables
 * and chart data again: most of a dashboard request's CPU on a warm node. A rendering is used only for the very
 * instance it was written from, so the page is never older than the view; what differs between readers (breadcrumb,
 * navigation, the period form and its errors) is written for each request around it.
 */
@Component
class FigureMarkup {

	private final ThymeleafViewResolver views;

	private final Cache<Key, Rendered> rendered;

	FigureMarkup(ThymeleafViewResolver views, @Value("${griddesk.dashboard.markup-cache:16MB}") DataSize size) {
		this.views = views;
		this.rendered = Caffeine.newBuilder()
			.maximumWeight(size.toBytes())
			.weigher((Key key, Rendered value) -> 2 * value.html().length())
			.expireAfterAccess(Duration.ofMinutes(1))
			.build();
	}

	/**
	 * The fragment {@code dashboard/home :: fragment} for this view in this language, written with {@code model} the
	 * first time this view instance is asked for.
	 */
	String of(String fragment, DashboardView view, Supplier<Map<String, Object>> model, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		Key key = new Key(fragment, view.region().id(), view.period(), locale);
		Rendered cached = this.rendered.getIfPresent(key);
		if (cached != null && cached.view() == view) {
			return cached.html();
		}
		String html = render("dashboard/home :: " + fragment, model.get(), request, response, locale);
		this.rendered.put(key, new Rendered(view, html));
		return html;
	}

	private String render(String viewName, Map<String, Object> model, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		try {
			View view = this.views.resolveViewName(viewName, locale);
			Capture capture = new Capture(response);
			view.render(model, request, capture);
			return capture.html();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not render " + viewName, ex);
		}
	}

	private record Key(String fragment, Long regionId, Period period, Locale locale) {
	}

	private record Rendered(DashboardView view, String html) {
	}

	/** Keeps what a view writes instead of sending it; the page that embeds it sets the response's headers. */
	private static final class Capture extends HttpServletResponseWrapper {

		private final StringWriter html = new StringWriter(16_384);

		private final PrintWriter writer = new PrintWriter(this.html);

		Capture(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			throw new IllegalStateException("a fragment is written as text");
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

		@Override
		public void flushBuffer() {
		}

		String html() {
			this.writer.flush();
			return this.html.toString();
		}

	}

}
