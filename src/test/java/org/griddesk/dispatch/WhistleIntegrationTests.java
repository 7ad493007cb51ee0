package org.griddesk.dispatch;

import java.time.Instant;
import java.util.List;

import org.griddesk.dispatch.WhistleViews.SummonsView;
import org.griddesk.dispatch.WhistleViews.WhistleView;
import org.griddesk.support.IntegrationTest;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.TicketEventType;
import org.griddesk.ticket.TicketFixtures;
import org.griddesk.ticket.TicketLifecycle;
import org.griddesk.ticket.TicketStatus;
import org.griddesk.ticket.Tickets;
import org.griddesk.ticket.TimelineEntry;
import org.griddesk.web.ConflictException;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 吹哨报到: whistle, report-in, contributions, done, withdrawal, the resolve guard and who sees what. */
@IntegrationTest
class WhistleIntegrationTests {

	@Autowired
	Whistles whistles;

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	Tickets tickets;

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	DispatchTestAccounts staff;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoDepartmentsReportInAndFinishThenTheWhistleClosesAndTheTicketCanBeResolved() {
		Long id = acceptedTicket();
		Actor water = this.staff.actor(this.staff.departmentStaff("GS"));
		Actor power = this.staff.actor(this.staff.departmentStaff("GD"));
		Long whistle = this.whistles.blow(id, this.fixtures.actor("street"),
				List.of(water.departmentId(), power.departmentId()), "路口积水且路灯倒伏，请到场处置", 2);
		Actor worker = this.fixtures.actor("worker");
		assertThatThrownBy(() -> this.lifecycle.resolve(id, worker, "已处理"))
			.isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("dispatch.error.openWhistle"));

		this.whistles.reportIn(whistle, water, "已派抢修班组");
		this.whistles.contribute(whistle, water, "关闭上游阀门", List.of());
		this.whistles.reportIn(whistle, power, "电工 30 分钟到场");
		this.whistles.finish(whistle, water, "管道已修复");
		assertThat(this.whistles.hasOpenWhistle(id)).isTrue();
		this.whistles.finish(whistle, power, "路灯已扶正通电");
		assertThat(this.whistles.hasOpenWhistle(id)).isFalse();

		WhistleView view = this.whistles.ofTicket(id).get(0);
		assertThat(view.status()).isEqualTo(WhistleStatus.CLOSED);
		assertThat(view.summons()).extracting(SummonsView::stage).containsExactly("DONE", "DONE");
		assertThat(view.summons()).allSatisfy(part -> {
			assertThat(part.reportedInAt()).isNotNull();
			assertThat(part.late()).isFalse();
		});
		assertThat(view.summons().get(0).contributions()).extracting(c -> c.note()).containsExactly("关闭上游阀门");

		this.lifecycle.resolve(id, worker, "部门协同处置完毕");
		List<TimelineEntry> timeline = this.tickets.timeline(id, worker);
		assertThat(timeline).extracting(TimelineEntry::type)
			.containsSubsequence(TicketEventType.WHISTLE_BLOWN, TicketEventType.REPORTED_IN, TicketEventType.NOTE,
					TicketEventType.REPORTED_IN, TicketEventType.WHISTLE_PART_DONE, TicketEventType.WHISTLE_PART_DONE,
					TicketEventType.WHISTLE_CLOSED, TicketEventType.RESOLVED);
		assertThat(timeline).filteredOn(e -> e.type() == TicketEventType.REPORTED_IN)
			.extracting(TimelineEntry::note)
			.anySatisfy(note -> assertThat(note).startsWith("供水公司"));
	}

	@Test
	void aDepartmentSeesOnlyWhatItWasSummonedTo() {
		Long id = acceptedTicket();
		Actor water = this.staff.actor(this.staff.departmentStaff("GS"));
		Actor market = this.staff.actor(this.staff.departmentStaff("SCJG"));
		assertThatThrownBy(() -> this.tickets.view(id, water)).isInstanceOf(NotFoundException.class);
		Long whistle = this.whistles.blow(id, this.fixtures.actor("community"), List.of(water.departmentId()),
				"请查看漏水", 4);
		assertThat(this.tickets.view(id, water).id()).isEqualTo(id);
		assertThat(this.whistles.forDepartment(whistle, water).id()).isEqualTo(whistle);
		assertThatThrownBy(() -> this.tickets.view(id, market)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.whistles.forDepartment(whistle, market)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.whistles.reportIn(whistle, market, "我们也来"))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.whistles.inbox(market, org.springframework.data.domain.PageRequest.of(0, 50)).getContent())
			.noneMatch(row -> row.whistleId().equals(whistle));
		assertThat(this.whistles.inbox(water, org.springframework.data.domain.PageRequest.of(0, 50)).getContent())
			.anyMatch(row -> row.whistleId().equals(whistle) && row.stage().equals("SUMMONED"));
		// seeing is not working: a summoned department cannot resolve the grid's ticket
		assertThatThrownBy(() -> this.lifecycle.resolve(id, water, "x")).isInstanceOf(ConflictException.class);
	}

	@Test
	void reportInAndDoneHappenOnceAndInOrder() {
		Long id = acceptedTicket();
		Actor water = this.staff.actor(this.staff.departmentStaff("GS"));
		Long whistle = this.whistles.blow(id, this.fixtures.actor("street"), List.of(water.departmentId()), "请到场", 1);
		assertThatThrownBy(() -> this.whistles.finish(whistle, water, "完成")).isInstanceOfSatisfying(
				ConflictException.class, ex -> assertThat(ex.messageKey()).isEqualTo("dispatch.error.reportInFirst"));
		assertThatThrownBy(() -> this.whistles.contribute(whistle, water, "x", List.of())).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> this.whistles.reportIn(whistle, water, " "))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("note"));
		this.whistles.reportIn(whistle, water, "到");
		assertThatThrownBy(() -> this.whistles.reportIn(whistle, water, "又到"))
			.isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("dispatch.error.alreadyReportedIn"));
		this.whistles.finish(whistle, water, "完成");
		assertThatThrownBy(() -> this.whistles.finish(whistle, water, "再完成")).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> this.whistles.contribute(whistle, water, "补充", List.of())).isInstanceOf(ConflictException.class);
	}

	@Test
	void onlyCommunityAndStreetCommandersWhistleOnOpenTicketsOfTheirScope() {
		Long id = acceptedTicket();
		Long water = this.staff.department("GS").id();
		assertThatThrownBy(() -> this.whistles.blow(id, this.fixtures.actor("street2"), List.of(water), "x", 2))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.whistles.blow(id, this.fixtures.actor("community2"), List.of(water), "x", 2))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.whistles.blow(id, this.fixtures.actor("worker"), List.of(water), "x", 2))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.whistles.blow(id, this.fixtures.actor("district"), List.of(water), "x", 2))
			.isInstanceOf(NotFoundException.class);
		Actor street = this.fixtures.actor("street");
		assertThatThrownBy(() -> this.whistles.blow(id, street, List.of(), "x", 2))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.field()).isEqualTo("departmentIds"));
		assertThatThrownBy(() -> this.whistles.blow(id, street, List.of(-1L), "x", 2))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.field()).isEqualTo("departmentIds"));
		assertThatThrownBy(() -> this.whistles.blow(id, street, List.of(water), "x", 0))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.field()).isEqualTo("reportInHours"));
		Long cancelled = this.fixtures.submitted("HQ-G1");
		this.lifecycle.cancel(cancelled, this.fixtures.actor("resident"), "不需要了");
		assertThatThrownBy(() -> this.whistles.blow(cancelled, street, List.of(water), "x", 2))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void aWithdrawnWhistleNoLongerHoldsTheResolutionAndSeveralWhistlesMayFollow() {
		Long id = acceptedTicket();
		Actor water = this.staff.actor(this.staff.departmentStaff("GS"));
		Actor street = this.fixtures.actor("street");
		Long first = this.whistles.blow(id, street, List.of(water.departmentId()), "请到场", 2);
		assertThatThrownBy(() -> this.whistles.withdraw(first, this.fixtures.actor("street2"), "x"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.whistles.withdraw(first, street, ""))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
		this.whistles.withdraw(first, street, "居民已自行处理");
		assertThatThrownBy(() -> this.whistles.reportIn(first, water, "到")).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> this.whistles.withdraw(first, street, "again")).isInstanceOf(ConflictException.class);
		Long second = this.whistles.blow(id, this.fixtures.actor("community"), List.of(water.departmentId()), "再看看", 2);
		assertThat(this.whistles.ofTicket(id)).extracting(WhistleView::id).containsExactly(first, second);
		this.whistles.withdraw(second, this.fixtures.actor("community"), "不需要了");
		this.lifecycle.resolve(id, this.fixtures.actor("worker"), "已处理");
		assertThat(this.tickets.view(id, street).status()).isEqualTo(TicketStatus.RESOLVED);
	}

	@Test
	void lateReportInsAreMarkedAndResponseTimesAreKeptForTheDashboards() {
		Instant before = Instant.now().minusSeconds(60);
		Long id = acceptedTicket();
		Actor water = this.staff.actor(this.staff.departmentStaff("GS"));
		Actor power = this.staff.actor(this.staff.departmentStaff("GD"));
		Long whistle = this.whistles.blow(id, this.fixtures.actor("street"),
				List.of(water.departmentId(), power.departmentId()), "请到场", 1);
		// the whistle was blown three hours ago: a report-in now is two hours late
		this.jdbc.update("UPDATE whistle SET blown_at = blown_at - interval '3 hours', "
				+ "report_in_due_at = report_in_due_at - interval '3 hours' WHERE id = ?", whistle);
		this.jdbc.update("UPDATE whistle_summons SET summoned_at = summoned_at - interval '3 hours' WHERE whistle_id = ?",
				whistle);
		this.whistles.reportIn(whistle, water, "迟到了");
		WhistleView view = this.whistles.ofTicket(id).get(0);
		assertThat(view.summons()).allSatisfy(part -> assertThat(part.late()).isTrue());
		List<DepartmentResponse> responses = this.whistles.departmentResponseTimes(before.minusSeconds(4 * 3600),
				Instant.now().plusSeconds(60));
		DepartmentResponse waterResponse = responses.stream()
			.filter(r -> r.departmentId().equals(water.departmentId()))
			.findFirst()
			.orElseThrow();
		assertThat(waterResponse.summoned()).isGreaterThanOrEqualTo(1);
		assertThat(waterResponse.late()).isGreaterThanOrEqualTo(1);
		assertThat(waterResponse.meanReportInMinutes()).isNotNull();
		Integer lateRows = this.jdbc.queryForObject(
				"SELECT count(*) FROM department_response WHERE whistle_id = ? AND late", Integer.class, whistle);
		assertThat(lateRows).isEqualTo(2);
	}

	private Long acceptedTicket() {
		Long id = this.fixtures.submitted("HQ-G1");
		this.lifecycle.accept(id, this.fixtures.actor("worker"));
		return id;
	}

}
