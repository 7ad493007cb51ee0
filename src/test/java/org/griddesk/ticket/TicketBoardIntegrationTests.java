package org.griddesk.ticket;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;

import org.griddesk.catalog.Catalog;
import org.griddesk.catalog.CategoryDefinition;
import org.griddesk.catalog.CategoryView;
import org.griddesk.catalog.OwnerLevel;
import org.griddesk.catalog.TicketKind;
import org.griddesk.catalog.WindowCalendar;
import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The command centers' board query, and deadlines of categories counted in working hours. */
@IntegrationTest
class TicketBoardIntegrationTests {

	@Autowired
	Tickets tickets;

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theBoardPagesNewestFirstAndCountsOnlyUpToTheCap() {
		CategoryView category = newCategory(WindowCalendar.WALL_CLOCK);
		Long first = submit(category, "HQ-G1");
		Long second = submit(category, "HQ-G2");
		Long third = submit(category, "KX-G1");
		Actor street = this.fixtures.actor("street");
		BoardFilter mine = new BoardFilter(null, null, category.id(), null, null, null, false, false, false);
		TicketBoardPage page = this.tickets.board(street, mine, 0, 2, 1000);
		assertThat(page.page().getContent()).extracting(TicketRow::id).containsExactly(third, second);
		assertThat(page.page().getTotalElements()).isEqualTo(3);
		assertThat(page.capped()).isFalse();
		assertThat(this.tickets.board(street, mine, 1, 2, 1000).page().getContent()).extracting(TicketRow::id)
			.containsExactly(first);
		TicketBoardPage capped = this.tickets.board(street, mine, 0, 2, 2);
		assertThat(capped.capped()).isTrue();
		assertThat(capped.page().getTotalElements()).isEqualTo(2);
		assertThat(this.tickets.board(street, mine, 7, 2, 2).page().getNumber()).as("no paging past the cap")
			.isZero();
		BoardFilter community = new BoardFilter(null, this.fixtures.grid("HQ"), category.id(), null, null, null, false,
				false, false);
		assertThat(this.tickets.board(street, community, 0, 10, 1000).page().getContent()).extracting(TicketRow::id)
			.containsExactly(second, first);
		assertThat(this.tickets.board(this.fixtures.actor("street2"), mine, 0, 10, 1000).page().getContent())
			.isEmpty();
		assertThat(this.tickets.board(this.fixtures.actor("community2"), mine, 0, 10, 1000).page().getContent())
			.extracting(TicketRow::id)
			.containsExactly(third);
	}

	@Test
	void deadlineStatesOnTheBoardAgreeWithTheTicketsOwn() {
		CategoryView category = newCategory(WindowCalendar.WALL_CLOCK);
		Long onTime = submit(category, "HQ-G1");
		Long warning = submit(category, "HQ-G1");
		Long overdue = submit(category, "HQ-G1");
		Long resolved = submit(category, "HQ-G1");
		this.jdbc.update("UPDATE ticket SET window_start_at = now() - interval '20 hours', "
				+ "accept_due_at = now() + interval '4 hours' WHERE id = ?", warning);
		this.jdbc.update("UPDATE ticket SET window_start_at = now() - interval '30 hours', "
				+ "accept_due_at = now() - interval '6 hours' WHERE id = ?", overdue);
		Actor worker = this.fixtures.actor("worker");
		this.lifecycle.accept(resolved, worker);
		this.lifecycle.resolve(resolved, worker, "已处理");
		Actor community = this.fixtures.actor("community");
		for (DeadlineState state : DeadlineState.values()) {
			BoardFilter filter = new BoardFilter(null, null, category.id(), null, null, state, false, false, false);
			assertThat(this.tickets.board(community, filter, 0, 10, 1000).page().getContent()).as(state.name())
				.allSatisfy(row -> assertThat(row.deadlineState()).isEqualTo(state))
				.hasSize(1);
		}
		assertThat(this.tickets.view(onTime, community).deadlineState()).isEqualTo(DeadlineState.ON_TIME);
		assertThat(this.tickets.view(warning, community).deadlineState()).isEqualTo(DeadlineState.WARNING);
		assertThat(this.tickets.view(overdue, community).deadlineState()).isEqualTo(DeadlineState.OVERDUE);
	}

	@Test
	void rejectedAndDeskTicketsAwaitDispatchAndFlagsFilter() {
		CategoryView category = newCategory(WindowCalendar.WALL_CLOCK);
		Long rejected = submit(category, "HQ-G1");
		Long onDesk = submit(category, "HQ-G1");
		Long onGrid = submit(category, "HQ-G1");
		Long visit = submit(category, "HQ-G1");
		this.lifecycle.reject(rejected, this.fixtures.actor("worker"), "不归本网格");
		this.lifecycle.escalate(onDesk, this.fixtures.actor("community"), "网格处理不了");
		Actor worker = this.fixtures.actor("worker");
		this.lifecycle.accept(visit, worker);
		this.lifecycle.resolve(visit, worker, "已处理");
		this.lifecycle.rate(visit, this.fixtures.actor("resident"), true, 2, "一般");
		Actor street = this.fixtures.actor("street");
		BoardFilter awaiting = new BoardFilter(null, null, category.id(), null, null, null, false, false, true);
		assertThat(this.tickets.board(street, awaiting, 0, 10, 1000).page().getContent()).extracting(TicketRow::id)
			.containsExactly(onDesk, rejected)
			.doesNotContain(onGrid);
		BoardFilter returnVisit = new BoardFilter(null, null, category.id(), null, null, null, false, true, false);
		assertThat(this.tickets.board(street, returnVisit, 0, 10, 1000).page().getContent()).extracting(TicketRow::id)
			.containsExactly(visit);
		BoardFilter open = new BoardFilter(Set.of(TicketStatus.SUBMITTED), null, category.id(), TicketKind.COMPLAINT,
				Channel.WEB, null, false, false, false);
		assertThat(this.tickets.board(street, open, 0, 10, 1000).page().getContent()).extracting(TicketRow::id)
			.containsExactly(onGrid, onDesk);
	}

	@Test
	void workingHourCategoriesGetDeadlinesInsideWorkingHours() {
		CategoryView category = newCategory(WindowCalendar.WORKING_HOURS);
		Long id = submit(category, "HQ-G1");
		TicketView ticket = this.tickets.view(id, this.fixtures.actor("worker"));
		ZoneId zone = ZoneId.of("Asia/Shanghai");
		for (ZonedDateTime due : new ZonedDateTime[] { ticket.acceptDueAt().atZone(zone),
				ticket.resolveDueAt().atZone(zone) }) {
			assertThat(due.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(17, 0));
			assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
		}
		assertThat(Duration.between(ticket.submittedAt(), ticket.acceptDueAt())).isGreaterThanOrEqualTo(Duration.ofHours(4));
		assertThat(ticket.resolveDueAt()).isAfter(ticket.acceptDueAt());
	}

	private Long submit(CategoryView category, String grid) {
		SubmitTicket base = this.fixtures.webSubmission("C01", grid);
		return this.lifecycle.submit(new SubmitTicket(category.kind(), category.id(), base.title(), base.description(),
				base.gridId(), null, null, base.address(), base.contactPhone(), false, null, Channel.WEB,
				UUID.randomUUID().toString()), this.fixtures.actor("resident"));
	}

	private CategoryView newCategory(WindowCalendar calendar) {
		String code = "T" + UUID.randomUUID().toString().substring(0, 8);
		return this.catalog.create(code, new CategoryDefinition("测试事项" + code, "测试", TicketKind.COMPLAINT,
				OwnerLevel.GRID, null, 4, 16, false, true, calendar));
	}

}
