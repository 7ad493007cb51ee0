package org.griddesk.dashboard;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.griddesk.region.RegionView;
import org.griddesk.support.IntegrationTest;
import org.griddesk.ticket.TicketFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's list of the longest overdue tickets takes each region's first few from the index of open tickets by
 * region and due time (V99) and keeps the oldest of all of them: the list must be the same as if every open ticket of
 * the subtree had been sorted, and the index must stay usable by the query.
 */
@IntegrationTest
class LongestOverdueIntegrationTests {

	@Autowired
	FigureFixture fixture;

	@Autowired
	TicketFixtures tickets;

	@Autowired
	Dashboard dashboard;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theTenLongestOverdueOfTheSubtreeComeFirstWhicheverGridTheyAreIn() {
		RegionView[] nodes = this.fixture.community(3);
		Instant now = Instant.now();
		List<Long> byAge = new ArrayList<>();
		for (int hoursLate = 14; hoursLate >= 1; hoursLate--) {
			// the oldest crowd into the first grid, so taking a grid's first ten alone would not do
			Long grid = nodes[hoursLate > 6 ? 1 : 1 + hoursLate % 3].id();
			Long ticket = this.fixture.submit("C01", grid);
			this.fixture.times(ticket, now.minus(Duration.ofHours(24 + hoursLate)),
					now.minus(Duration.ofHours(hoursLate)), null, null, null);
			byAge.add(ticket);
		}
		Long notYetDue = this.fixture.submit("C01", nodes[2].id());

		DashboardView view = this.dashboard.live(this.tickets.actor("district"), nodes[0].id(),
				Period.of(null, null, null, this.dashboard.today()));

		assertThat(view.tiles().live().overdue()).isEqualTo(14);
		assertThat(view.overdue()).extracting(OverdueTicket::id).containsExactlyElementsOf(byAge.subList(0, 10));
		assertThat(view.overdue()).extracting(OverdueTicket::id).doesNotContain(notYetDue);
		assertThat(view.overdue().get(0).overdueBy()).isGreaterThan(Duration.ofHours(13));
	}

	@Test
	void eachRegionsFirstEntriesComeFromTheIndexOfOpenTicketsByDueTime() {
		Long[] regions = Arrays.stream(this.fixture.community(2)).map(RegionView::id).toArray(Long[]::new);
		List<String> plan = this.transactions.execute(status -> {
			// on the test database's few rows reading and sorting a region's tickets may well cost less; the question
			// is whether the index can give each region's tickets in due order without a filter, so the others are off
			this.jdbc.execute("SET LOCAL enable_seqscan = off");
			this.jdbc.execute("SET LOCAL enable_bitmapscan = off");
			this.jdbc.execute("SET LOCAL enable_sort = off");
			return this.jdbc.queryForList("EXPLAIN " + LiveQueries.LONGEST_OVERDUE, String.class, regions,
					Timestamp.from(Instant.now()), 10, 10);
		});
		assertThat(String.join("\n", plan)).contains("using ticket_open_due_idx")
			.doesNotContain("Filter: ");
	}

}
