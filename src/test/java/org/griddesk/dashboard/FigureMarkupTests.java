package org.griddesk.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.griddesk.region.RegionLevel;
import org.griddesk.region.RegionView;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.View;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures are written once per view instance and language, never served for another instance, and writing them
 * leaves the response that embeds them alone.
 */
class FigureMarkupTests {

	private final WritingViews views = new WritingViews();

	private final FigureMarkup markup = new FigureMarkup(this.views, DataSize.ofMegabytes(1));

	private final MockHttpServletRequest request = new MockHttpServletRequest();

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void oneViewInstanceIsWrittenOncePerLanguage() throws Exception {
		DashboardView view = view(3);

		String first = figures(view, Locale.SIMPLIFIED_CHINESE);
		String again = figures(view, Locale.SIMPLIFIED_CHINESE);
		String english = figures(view, Locale.ENGLISH);

		assertThat(first).isEqualTo(again).isEqualTo("<p>dashboard/home :: figures zh_CN 3 #1</p>");
		assertThat(english).isEqualTo("<p>dashboard/home :: figures en 3 #2</p>");
		assertThat(figures(view, Locale.SIMPLIFIED_CHINESE)).isEqualTo(first);
		assertThat(this.views.written).hasSize(2);
		assertThat(this.response.getContentAsString()).isEmpty();
		assertThat(this.response.getContentType()).isNull();
	}

	@Test
	void aNewInstanceIsWrittenAgainEvenWithTheSameFigures() {
		String before = figures(view(3), Locale.SIMPLIFIED_CHINESE);
		String after = figures(view(3), Locale.SIMPLIFIED_CHINESE);

		assertThat(before).endsWith("#1</p>");
		assertThat(after).endsWith("#2</p>");
	}

	@Test
	void theLivePartIsKeptApartFromTheWholeFigures() {
		DashboardView view = view(5);

		String figures = figures(view, Locale.SIMPLIFIED_CHINESE);
		String live = this.markup.of("live", view, () -> Map.of("view", view), this.request, this.response,
				Locale.SIMPLIFIED_CHINESE);

		assertThat(figures).startsWith("<p>dashboard/home :: figures");
		assertThat(live).startsWith("<p>dashboard/home :: live");
	}

	private String figures(DashboardView view, Locale locale) {
		return this.markup.of("figures", view, () -> Map.of("view", view), this.request, this.response, locale);
	}

	private static DashboardView view(long submittedToday) {
		LocalDate today = LocalDate.of(2026, 12, 7);
		RegionView region = new RegionView(1L, null, RegionLevel.DISTRICT, "JG", "鸡冠区", "1", null, null);
		return new DashboardView(region, Period.days(today, today),
				new Tiles(submittedToday, 0, 0, new Live(0, 0, 0), Figures.NONE), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), Instant.parse("2026-12-07T01:00:00Z"));
	}

	/** Writes the view's name, language and today's count, numbered by how often it has written. */
	private static final class WritingViews extends ThymeleafViewResolver {

		final List<String> written = new ArrayList<>();

		@Override
		public View resolveViewName(String viewName, Locale locale) {
			return new View() {
				@Override
				public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
						throws Exception {
					response.setContentType("text/html;charset=UTF-8");
					DashboardView view = (DashboardView) model.get("view");
					WritingViews.this.written.add(viewName);
					response.getWriter()
						.write("<p>" + viewName + " " + locale + " " + view.tiles().submittedToday() + " #"
								+ WritingViews.this.written.size() + "</p>");
				}
			};
		}

	}

}
