package org.griddesk.dashboard;

import java.time.Clock;
import java.time.Duration;

import org.griddesk.catalog.Catalog;
import org.griddesk.region.Regions;
import org.griddesk.support.IntegrationTest;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.TicketFixtures;
import org.griddesk.web.DateTimes;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node builds a region's dashboard once per time to live, whoever asks, and rebuilds it behind the readers; each
 * reader still gets their own trail.
 */
@IntegrationTest
class DashboardCacheIntegrationTests {

	@Autowired
	Regions regions;

	@Autowired
	Catalog catalog;

	@Autowired
	FigureQueries figures;

	@Autowired
	LiveQueries live;

	@Autowired
	Rollups rollups;

	@Autowired
	DepartmentLeague league;

	@Autowired
	Clock clock;

	@Autowired
	DateTimes dates;

	@Autowired
	TicketFixtures fixtures;

	@Test
	void withinTheTimeToLiveARegionsDashboardIsReusedAndWithoutItRebuilt() {
		Dashboard cached = dashboard(Duration.ofHours(1));
		Dashboard uncached = dashboard(Duration.ZERO);
		Long grid = this.fixtures.grid("HQ-G2");
		Actor district = this.fixtures.actor("district");
		Actor community = this.fixtures.actor("community");
		Period period = Period.days(cached.today().minusDays(1), cached.today());
		DashboardView first = cached.view(district, grid, period);
		long open = open(first);

		this.fixtures.submitted("HQ-G2");

		DashboardView again = cached.view(community, grid, period);
		assertThat(again).as("one instance for every reader, which FigureMarkup writes once").isSameAs(first);
		assertThat(open(again)).isEqualTo(open);
		assertThat(cached.trail(community, again.region())).extracting(region -> region.code())
			.doesNotContain("JG")
			.contains("HQ", "HQ-G2");
		assertThat(cached.trail(district, again.region())).extracting(region -> region.code()).contains("JG");
		assertThat(open(uncached.view(district, grid, period))).isEqualTo(open + 1);
	}

	@Test
	void pastItsTimeToLiveAViewIsAnsweredAtOnceAndRebuiltBehindTheReader() throws InterruptedException {
		Duration timeToLive = Duration.ofSeconds(2);
		Dashboard dashboard = dashboard(timeToLive);
		Long grid = this.fixtures.grid("HQ-G2");
		Actor district = this.fixtures.actor("district");
		Period period = Period.days(dashboard.today().minusDays(1), dashboard.today());
		long open = open(dashboard.view(district, grid, period));

		this.fixtures.submitted("HQ-G2");
		Thread.sleep(timeToLive.plusMillis(300).toMillis());

		assertThat(open(dashboard.view(district, grid, period))).as("the old view, answered while the new one is built")
			.isEqualTo(open);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(open(dashboard.view(district, grid, period))).isEqualTo(open + 1));
	}

	private Dashboard dashboard(Duration timeToLive) {
		return new Dashboard(this.regions, this.catalog, this.figures, this.live, this.rollups, this.league, this.clock,
				this.dates, timeToLive);
	}

	private static long open(DashboardView view) {
		return view.tiles().live().open();
	}

}
