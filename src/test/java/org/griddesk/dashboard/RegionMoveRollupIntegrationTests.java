package org.griddesk.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.griddesk.region.RegionView;
import org.griddesk.region.Regions;
import org.griddesk.support.IntegrationTest;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.TicketFixtures;
import org.griddesk.ticket.TicketLifecycle;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An admin moves a grid to another community: once the move commits, the rollups of the community it left, the one
 * it joined and the grid itself equal a recount from the tickets, and so do the dashboards' figures.
 */
@IntegrationTest
class RegionMoveRollupIntegrationTests {

	@Autowired
	FigureFixture fixture;

	@Autowired
	TicketFixtures tickets;

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	Regions regions;

	@Autowired
	Dashboard dashboard;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void movingAGridCarriesItsFiguresToTheNewCommunity() {
		RegionView[] left = this.fixture.community(2);
		RegionView[] joined = this.fixture.community(1);
		// the second grid: the community it joins has a first grid of that name already
		RegionView moving = left[2];
		Actor worker = this.fixture.gridWorker(left[1].id(), left[2].id(), joined[1].id());
		Actor resident = this.fixture.resident();
		for (int i = 0; i < 5; i++) {
			Long id = this.fixture.submit(i % 2 == 0 ? "C01" : "A03", moving.id());
			if (i > 0) {
				this.lifecycle.accept(id, worker);
			}
			if (i > 2) {
				this.lifecycle.resolve(id, worker, "已处理");
				this.lifecycle.rate(id, resident, true, 4 + i % 2, null);
			}
		}
		this.fixture.submit("C01", left[1].id());
		this.fixture.submit("C01", joined[1].id());
		this.fixture.submit("C02", moving.id());

		Actor district = this.tickets.actor("district");
		LocalDate today = this.dashboard.today();
		Period period = Period.days(today.minusDays(1), today);
		assertThat(this.dashboard.figures(district, left[0].id(), period).submitted()).isEqualTo(7);
		assertThat(this.dashboard.figures(district, joined[0].id(), period).submitted()).isEqualTo(1);

		this.regions.move(moving.id(), joined[0].id());

		Long[] nodes = { left[0].id(), joined[0].id(), moving.id() };
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(rollups(nodes)).isEqualTo(recount(nodes)));
		// the grid's five tickets went along; the community's own C02 ticket stayed with the community it was filed to
		assertThat(this.dashboard.figures(district, left[0].id(), period).submitted()).isEqualTo(2);
		Figures arrived = this.dashboard.figures(district, joined[0].id(), period);
		assertThat(arrived.submitted()).isEqualTo(6);
		assertThat(arrived.accepted()).isEqualTo(4);
		assertThat(arrived.resolved()).isEqualTo(2);
		assertThat(arrived.rated()).isEqualTo(2);
		assertThat(this.dashboard.figures(district, moving.id(), period).submitted()).isEqualTo(5);
		assertThat(this.dashboard.figures(district, left[0].parentId(), period).submitted())
			.as("the street above both communities lost nothing")
			.isGreaterThanOrEqualTo(8);
	}

	private List<Map<String, Object>> rollups(Long[] nodes) {
		return this.jdbc.queryForList("SELECT node_id, day, category_id, kind, channel, department_id, submitted, "
				+ "cancelled, accepted, accepted_in_window, accept_seconds, resolved, resolved_in_window, "
				+ "resolve_seconds, closed, closed_unrated, rated, satisfied, reopened FROM ticket_daily "
				+ "WHERE node_id = ANY (?) AND submitted <> 0 ORDER BY 1, 2, 3, 4, 5, 6", (Object) nodes);
	}

	private List<Map<String, Object>> recount(Long[] nodes) {
		return this.jdbc.queryForList(RollupRecountIntegrationTests.RECOUNT, (Object) Arrays.copyOf(nodes, nodes.length));
	}

}
