package org.griddesk.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.griddesk.dispatch.DepartmentResponse;
import org.griddesk.dispatch.Whistles;
import org.griddesk.region.RegionView;
import org.griddesk.support.IntegrationTest;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.TicketFixtures;
import org.griddesk.ticket.TicketLifecycle;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The dashboard's department league is dispatch's whistle response times for the region's tickets. */
@IntegrationTest
class DepartmentLeagueIntegrationTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	FigureFixture fixture;

	@Autowired
	TicketFixtures tickets;

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	Whistles whistles;

	@Autowired
	Dashboard dashboard;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theLeagueShowsHowFastDepartmentsAnsweredWhistlesAboutTheRegionsTickets() {
		RegionView[] nodes = this.fixture.community(1);
		Long grid = nodes[1].id();
		Actor worker = this.fixture.gridWorker(grid);
		Actor staff = this.fixture.communityStaff(nodes[0]);
		Actor water = this.fixture.department();

		Long ticket = this.fixture.submit("C01", grid);
		this.lifecycle.accept(ticket, worker);
		Long whistle = this.whistles.blow(ticket, staff, List.of(water.departmentId()), "请到场查看管道", 4);
		// summoned two hours ago: the report-in now took two hours, within the four allowed
		this.jdbc.update("UPDATE whistle SET blown_at = blown_at - interval '2 hours', "
				+ "report_in_due_at = report_in_due_at - interval '2 hours' WHERE id = ?", whistle);
		this.jdbc.update("UPDATE whistle_summons SET summoned_at = summoned_at - interval '2 hours' "
				+ "WHERE whistle_id = ?", whistle);
		this.whistles.reportIn(whistle, water, "已到场");

		// a whistle about a ticket elsewhere stays out of this community's league
		Long elsewhere = this.tickets.submitted("HQ-G1");
		this.lifecycle.accept(elsewhere, this.tickets.actor("worker"));
		this.whistles.blow(elsewhere, this.tickets.actor("community"), List.of(water.departmentId()), "请到场", 4);

		LocalDate today = this.dashboard.today();
		Period period = Period.days(today.minusDays(1), today);
		DashboardView view = this.dashboard.view(this.tickets.actor("district"), nodes[0].id(), period);

		assertThat(view.league()).singleElement().satisfies(row -> {
			assertThat(row.departmentId()).isEqualTo(water.departmentId());
			assertThat(row.summoned()).isEqualTo(1);
			assertThat(row.reportedIn()).isEqualTo(1);
			assertThat(row.done()).isZero();
			assertThat(row.late()).isZero();
			assertThat(row.meanReportIn()).isBetween(Duration.ofMinutes(119), Duration.ofMinutes(121));
			assertThat(row.meanFinish()).isNull();
		});
		List<DepartmentResponse> dispatch = this.whistles.departmentResponseTimes(nodes[0].id(),
				today.minusDays(1).atStartOfDay(ZONE).toInstant(),
				today.plusDays(1).atStartOfDay(ZONE).toInstant());
		assertThat(dispatch).singleElement()
			.satisfies(response -> assertThat(response.meanReportInMinutes())
				.isEqualTo(view.league().get(0).meanReportIn().toSeconds() / 60.0, within(0.02)));
		assertThat(this.dashboard.view(this.tickets.actor("district"), this.tickets.grid("HQ"), period).league())
			.anySatisfy(row -> assertThat(row.departmentId()).isEqualTo(water.departmentId()));
	}

}
