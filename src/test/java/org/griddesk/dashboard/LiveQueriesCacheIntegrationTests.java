package org.griddesk.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.griddesk.support.IntegrationTest;
import org.griddesk.ticket.TicketFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A node counts a region's open tickets once per time to live, however many dashboards ask. */
@IntegrationTest
class LiveQueriesCacheIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TicketFixtures fixtures;

	@Test
	void withinTheTimeToLiveARegionIsAnsweredFromMemoryAndWithoutItFromTheTickets() {
		Long grid = this.fixtures.grid("HQ-G2");
		LiveQueries cached = new LiveQueries(this.jdbc, Duration.ofHours(1));
		LiveQueries uncached = new LiveQueries(this.jdbc, Duration.ZERO);
		long before = open(cached, grid);
		assertThat(cached.longestOverdue(List.of(grid), Instant.now(), 5)).isNotNull();

		this.fixtures.submitted("HQ-G2");

		assertThat(open(cached, grid)).isEqualTo(before);
		assertThat(open(uncached, grid)).isEqualTo(before + 1);
	}

	private static long open(LiveQueries live, Long grid) {
		return live.byRegion(List.of(grid), Instant.now()).getOrDefault(grid, Live.NONE).open();
	}

}
