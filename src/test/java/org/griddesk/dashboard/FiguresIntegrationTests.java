package org.griddesk.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.griddesk.region.RegionView;
import org.griddesk.support.IntegrationTest;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.TicketFixtures;
import org.griddesk.ticket.TicketLifecycle;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The figures of DOMAIN.md against a hand-computed fixture: seven tickets submitted on one day in a grid of their
 * own (C01 环境卫生: accept window 24 h, resolve window 72 h), their timestamps set where the edges are.
 */
@IntegrationTest
class FiguresIntegrationTests {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** 10:00 in Jiguan on the fixture day. */
	private static final Instant DAY = LocalDate.of(2025, 3, 10).atTime(10, 0).atZone(ZONE).toInstant();

	@Autowired
	FigureFixture fixture;

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	TicketFixtures tickets;

	@Autowired
	Dashboard dashboard;

	@Test
	void figuresFollowTheDefinitionsIncludingTheEdges() {
		RegionView[] nodes = this.fixture.community(1);
		Long grid = nodes[1].id();
		Actor worker = this.fixture.gridWorker(grid);
		Actor resident = this.fixture.resident();

		// t1: accepted after 1 h, resolved after 10 h, rated 5 → closed
		Long t1 = this.fixture.submit("C01", grid);
		this.lifecycle.accept(t1, worker);
		this.lifecycle.resolve(t1, worker, "已清运");
		this.lifecycle.rate(t1, resident, true, 5, null);
		this.fixture.times(t1, DAY, hours(24), hours(72), hours(1), hours(10));

		// t2: accepted at exactly 24 h (in time), resolved after 80 h (late), closed unrated after 7 days
		Long t2 = this.fixture.submit("C01", grid);
		this.lifecycle.accept(t2, worker);
		this.lifecycle.resolve(t2, worker, "已清运");
		this.fixture.times(t2, DAY, hours(24), hours(72), hours(24), hours(80));
		this.lifecycle.closeUnrated(1000);

		// t3: accepted at 24 h plus one minute (late), still in progress
		Long t3 = this.fixture.submit("C01", grid);
		this.lifecycle.accept(t3, worker);
		this.lifecycle.start(t3, worker);
		this.fixture.times(t3, DAY, hours(24), hours(72), hours(24).plus(Duration.ofMinutes(1)), null);

		// t4: cancelled by the resident before anyone accepted it
		Long t4 = this.fixture.submit("C01", grid);
		this.lifecycle.cancel(t4, resident, "已自行解决");
		this.fixture.times(t4, DAY, hours(24), hours(72), null, null);

		// t5: never accepted
		Long t5 = this.fixture.submit("C01", grid);
		this.fixture.times(t5, DAY, hours(24), hours(72), null, null);

		// t6: resolved, rated 2 not solved → reopened; resolved again within the reopen window and rated 4
		Long t6 = this.fixture.submit("C01", grid);
		this.lifecycle.accept(t6, worker);
		this.lifecycle.resolve(t6, worker, "已清运");
		this.fixture.times(t6, DAY, hours(24), hours(72), hours(2), hours(20));
		this.lifecycle.rate(t6, resident, false, 2, "还有垃圾");

		// t7: accepted after 3 h, resolved after 40 h, rated 3 → closed, not satisfied
		Long t7 = this.fixture.submit("C01", grid);
		this.lifecycle.accept(t7, worker);
		this.lifecycle.resolve(t7, worker, "已清运");
		this.lifecycle.rate(t7, resident, true, 3, null);
		this.fixture.times(t7, DAY, hours(24), hours(72), hours(3), hours(40));

		Period day = Period.days(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 10));
		Actor district = this.tickets.actor("district");

		// while t6 is reopened it is not resolved, and its unsatisfied rating stands
		Figures reopened = this.dashboard.figures(district, grid, day);
		assertThat(reopened.resolved()).isEqualTo(3);
		assertThat(reopened.rated()).isEqualTo(3);
		assertThat(reopened.satisfied()).isEqualTo(1);
		assertThat(reopened.reopened()).isEqualTo(1);

		this.lifecycle.resolve(t6, worker, "彻底清理");
		this.lifecycle.rate(t6, resident, true, 4, null);
		this.fixture.times(t6, null, null, hours(56), null, hours(30));

		Figures figures = this.dashboard.figures(district, grid, day);
		assertThat(figures.submitted()).isEqualTo(7);
		assertThat(figures.cancelled()).isEqualTo(1);
		assertThat(figures.countable()).isEqualTo(6);
		assertThat(figures.accepted()).isEqualTo(5);
		assertThat(figures.acceptedInWindow()).as("t1, t2 at exactly 24 h, t6, t7; not t3 at 24 h 1 min").isEqualTo(4);
		assertThat(figures.acceptedInWindowRate()).isCloseTo(4 / 6.0, within(1e-9));
		assertThat(figures.resolved()).isEqualTo(4);
		assertThat(figures.completionRate()).isCloseTo(4 / 5.0, within(1e-9));
		assertThat(figures.resolvedInWindow()).as("t1, t6 (reopen window), t7; not t2").isEqualTo(3);
		assertThat(figures.onTimeRate()).isCloseTo(3 / 4.0, within(1e-9));
		assertThat(figures.rated()).as("t2 closed unrated is no rating").isEqualTo(3);
		assertThat(figures.satisfied()).isEqualTo(2);
		assertThat(figures.satisfaction()).isCloseTo(2 / 3.0, within(1e-9));
		assertThat(figures.closed()).isEqualTo(4);
		assertThat(figures.closedUnrated()).isEqualTo(1);
		assertThat(figures.reopened()).isEqualTo(1);
		assertThat(figures.meanTimeToAccept())
			.isEqualTo(Duration.ofHours(1 + 24 + 24 + 2 + 3).plusMinutes(1).dividedBy(5));
		assertThat(figures.meanTimeToResolve()).isEqualTo(Duration.ofHours((10 + 80 + 30 + 40) / 4));

		// the community above the grid and the street above it count the same tickets
		assertThat(this.dashboard.figures(district, nodes[0].id(), day)).isEqualTo(figures);
		assertThat(this.dashboard.figures(district, nodes[0].parentId(), day).submitted())
			.isGreaterThanOrEqualTo(7);

		// t3 (in progress) and t5 (submitted) are open, both past their deadline
		DashboardView view = this.dashboard.view(district, grid, day);
		assertThat(view.tiles().live()).isEqualTo(new Live(2, 0, 2));
		assertThat(view.overdue()).extracting(OverdueTicket::id).containsExactly(t5, t3);
		assertThat(view.tiles().figures()).isEqualTo(figures);
		assertThat(view.categories()).singleElement().satisfies(row -> assertThat(row.figures()).isEqualTo(figures));
		assertThat(view.kinds()).singleElement().satisfies(row -> assertThat(row.code()).isEqualTo("COMPLAINT"));
		assertThat(view.trend()).singleElement().satisfies(point -> assertThat(point.figures()).isEqualTo(figures));
	}

	@Test
	void emptyPeriodHasNoRatesRatherThanZero() {
		RegionView[] nodes = this.fixture.community(1);
		Figures figures = this.dashboard.figures(this.tickets.actor("district"), nodes[1].id(),
				Period.days(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)));
		assertThat(figures).isEqualTo(Figures.NONE);
		assertThat(figures.acceptedInWindowRate()).isNull();
		assertThat(figures.satisfaction()).isNull();
		assertThat(figures.meanTimeToResolve()).isNull();
	}

	@Test
	void warningStartsAtEightyPercentOfTheWindow() {
		RegionView[] nodes = this.fixture.community(1);
		Long grid = nodes[1].id();
		Instant now = Instant.now();
		Long early = this.fixture.submit("C01", grid);
		this.fixture.times(early, now.minus(Duration.ofHours(10)), now.plus(Duration.ofHours(14)), null, null, null);
		Long warning = this.fixture.submit("C01", grid);
		this.fixture.times(warning, now.minus(Duration.ofHours(20)), now.plus(Duration.ofHours(4)), null, null, null);
		Long overdue = this.fixture.submit("C01", grid);
		this.fixture.times(overdue, now.minus(Duration.ofHours(25)), now.minus(Duration.ofHours(1)), null, null, null);
		Actor district = this.tickets.actor("district");
		DashboardView view = this.dashboard.live(district, nodes[0].id(), Period.of(null, null, null, this.dashboard.today()));
		assertThat(view.tiles().live()).isEqualTo(new Live(3, 1, 1));
		assertThat(view.children()).singleElement().satisfies(row -> assertThat(row.live()).isEqualTo(new Live(3, 1, 1)));
		assertThat(view.overdue()).extracting(OverdueTicket::id).containsExactly(overdue);
		assertThat(Set.of(early, warning)).doesNotContain(view.overdue().get(0).id());
	}

	private static Instant hours(long hours) {
		return DAY.plus(Duration.ofHours(hours));
	}

	private static Instant hours(Duration duration) {
		return DAY.plus(duration);
	}

}
