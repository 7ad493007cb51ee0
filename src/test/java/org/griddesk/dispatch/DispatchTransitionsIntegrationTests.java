package org.griddesk.dispatch;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.griddesk.account.Accounts;
import org.griddesk.account.CurrentUser;
import org.griddesk.account.Role;
import org.griddesk.account.StaffAccount;
import org.griddesk.support.IntegrationTest;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.Actors;
import org.griddesk.ticket.TicketEventType;
import org.griddesk.ticket.TicketFixtures;
import org.griddesk.ticket.TicketLifecycle;
import org.griddesk.ticket.TicketStatus;
import org.griddesk.ticket.TicketView;
import org.griddesk.ticket.Tickets;
import org.griddesk.ticket.TimelineEntry;
import org.griddesk.web.ConflictException;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command centers' transitions on the ticket life cycle: reassign, escalate, hand down, re-route, return visit. */
@IntegrationTest
class DispatchTransitionsIntegrationTests {

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	Tickets tickets;

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	Actors actors;

	@Autowired
	UserDetailsService users;

	@Test
	void reassignToAnotherGridForANamedWorkerReopensTheAcceptWindow() {
		Long id = this.fixtures.submitted("HQ-G1");
		Actor worker = this.fixtures.actor("worker");
		this.lifecycle.accept(id, worker);
		Actor community = this.fixtures.actor("community");
		Long worker2 = this.fixtures.actor("worker2").accountId();
		this.lifecycle.reassign(id, community, this.fixtures.grid("HQ-G3"), worker2, null, "第三网格更近");
		TicketView moved = this.tickets.view(id, community);
		assertThat(moved.status()).isEqualTo(TicketStatus.SUBMITTED);
		assertThat(moved.regionId()).isEqualTo(this.fixtures.grid("HQ-G3"));
		assertThat(moved.assigneeId()).isEqualTo(worker2);
		assertThat(moved.acceptedAt()).isNull();
		assertThat(Duration.between(moved.submittedAt(), moved.acceptDueAt())).isGreaterThan(Duration.ofHours(24));
		TimelineEntry last = lastEntry(id, community);
		assertThat(last.type()).isEqualTo(TicketEventType.REASSIGNED);
		assertThat(last.fromStatus()).isEqualTo(TicketStatus.ACCEPTED);
		assertThat(last.toStatus()).isEqualTo(TicketStatus.SUBMITTED);
		assertThat(last.note()).contains("第三网格").contains("赵敏").contains("第三网格更近");
		assertThatThrownBy(() -> this.tickets.view(id, worker)).isInstanceOf(NotFoundException.class);
		this.lifecycle.accept(id, this.fixtures.actor("worker2"));
		assertThat(this.tickets.view(id, community).status()).isEqualTo(TicketStatus.ACCEPTED);
	}

	@Test
	void aTicketSentToANamedWorkerWaitsForThatWorker() {
		String username = "g1-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.createWithPassword(new StaffAccount(username, "钱多多", null, Role.GRID_WORKER,
				Set.of(this.fixtures.grid("HQ-G1")), null), "griddesk1");
		Actor colleague = this.actors.of((CurrentUser) this.users.loadUserByUsername(username));
		Long id = this.fixtures.submitted("HQ-G2");
		Actor worker = this.fixtures.actor("worker");
		this.lifecycle.reassign(id, this.fixtures.actor("community"), this.fixtures.grid("HQ-G1"), colleague.accountId(),
				null, "钱多多熟悉这户");
		assertThatThrownBy(() -> this.lifecycle.accept(id, worker)).isInstanceOf(ConflictException.class);
		this.lifecycle.accept(id, colleague);
		assertThat(this.tickets.view(id, worker).assigneeId()).isEqualTo(colleague.accountId());
	}

	@Test
	void targetsOutsideTheScopeOrWorkersOfAnotherGridAreFieldErrors() {
		Long id = this.fixtures.submitted("HQ-G1");
		Actor community = this.fixtures.actor("community");
		assertThatThrownBy(() -> this.lifecycle.reassign(id, community, this.fixtures.grid("KX-G1"), null, null, "x"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("regionId"));
		Long worker2 = this.fixtures.actor("worker2").accountId();
		assertThatThrownBy(
				() -> this.lifecycle.reassign(id, community, this.fixtures.grid("HQ-G2"), worker2, null, "x"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("workerId"));
		assertThatThrownBy(() -> this.lifecycle.reassign(id, community, this.fixtures.grid("HQ"), worker2, null, "x"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("workerId"));
		assertThatThrownBy(() -> this.lifecycle.reassign(id, community, this.fixtures.grid("HQ-G1"), null, null, "x"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("regionId"));
		assertThatThrownBy(() -> this.lifecycle.reassign(id, community, this.fixtures.grid("HQ-G2"), null, null, " "))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
		assertThat(this.tickets.view(id, community).regionId()).isEqualTo(this.fixtures.grid("HQ-G1"));
	}

	@Test
	void aStreetCommanderCannotTouchAnotherStreetsTickets() {
		Long id = this.fixtures.submitted("HQ-G1");
		Actor street2 = this.fixtures.actor("street2");
		Long xyGrid = this.fixtures.grid("XYS-G1");
		assertThatThrownBy(() -> this.lifecycle.reassign(id, street2, xyGrid, null, null, "x"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.lifecycle.escalate(id, street2, "x")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.lifecycle.handDown(id, street2, xyGrid, "x")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.lifecycle.recordReturnVisit(id, street2, "x"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.lifecycle.reassign(id, this.fixtures.actor("worker"), this.fixtures.grid("HQ-G2"),
				null, null, "x"))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.tickets.view(id, this.fixtures.actor("street")).regionId())
			.isEqualTo(this.fixtures.grid("HQ-G1"));
	}

	@Test
	void escalationClimbsOneLevelAtATimeUpToTheDistrict() {
		Long id = this.fixtures.submitted("HQ-G1");
		this.lifecycle.escalate(id, this.fixtures.actor("community"), "网格处理不了");
		assertThat(this.tickets.view(id, this.fixtures.actor("street")).regionId()).isEqualTo(this.fixtures.grid("HQ"));
		this.lifecycle.escalate(id, this.fixtures.actor("community"), "需要街道协调");
		TicketView atStreet = this.tickets.view(id, this.fixtures.actor("street"));
		assertThat(atStreet.regionId()).isEqualTo(this.fixtures.grid("HJL"));
		assertThatThrownBy(() -> this.tickets.view(id, this.fixtures.actor("community")))
			.isInstanceOf(NotFoundException.class);
		this.lifecycle.escalate(id, this.fixtures.actor("street"), "需要区里协调");
		Actor district = this.fixtures.actor("district");
		assertThat(this.tickets.view(id, district).regionId()).isEqualTo(this.fixtures.grid("JG"));
		assertThatThrownBy(() -> this.lifecycle.escalate(id, district, "x")).isInstanceOf(ConflictException.class);
		assertThat(this.tickets.timeline(id, district)).filteredOn(e -> e.type() == TicketEventType.ESCALATED)
			.hasSize(3);
		// the district desk accepts what lands on its own node
		this.lifecycle.accept(id, district);
		assertThat(this.tickets.view(id, district).status()).isEqualTo(TicketStatus.ACCEPTED);
	}

	@Test
	void handingDownGoesBelowTheCurrentDeskOnly() {
		Long id = this.fixtures.submitted("HQ-G1");
		Actor street = this.fixtures.actor("street");
		this.lifecycle.escalate(id, this.fixtures.actor("community"), "社区协调");
		assertThatThrownBy(() -> this.lifecycle.handDown(id, street, this.fixtures.grid("KX-G1"), "x"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("regionId"));
		assertThatThrownBy(() -> this.lifecycle.handDown(id, street, this.fixtures.grid("HQ"), "x"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("regionId"));
		this.lifecycle.handDown(id, street, this.fixtures.grid("HQ-G2"), "请第二网格上门");
		TicketView handedDown = this.tickets.view(id, street);
		assertThat(handedDown.regionId()).isEqualTo(this.fixtures.grid("HQ-G2"));
		assertThat(lastEntry(id, street).type()).isEqualTo(TicketEventType.RETURNED);
	}

	@Test
	void aRejectedTicketIsReroutedFromTheCommunityDesk() {
		Long id = this.fixtures.submitted("HQ-G1");
		this.lifecycle.reject(id, this.fixtures.actor("worker"), "不属于本网格");
		Actor community = this.fixtures.actor("community");
		this.lifecycle.reassign(id, community, this.fixtures.grid("HQ-G2"), null, null, "属于第二网格");
		TicketView rerouted = this.tickets.view(id, community);
		assertThat(rerouted.status()).isEqualTo(TicketStatus.SUBMITTED);
		assertThat(rerouted.regionId()).isEqualTo(this.fixtures.grid("HQ-G2"));
		assertThat(lastEntry(id, community).fromStatus()).isEqualTo(TicketStatus.REJECTED);
	}

	@Test
	void reassigningToADepartmentLetsTheDepartmentWorkIt() {
		Long id = this.fixtures.submitted("HQ-G1");
		Actor department = this.fixtures.actor("department");
		Long water = department.departmentId();
		assertThatThrownBy(() -> this.tickets.view(id, department)).isInstanceOf(NotFoundException.class);
		this.lifecycle.reassign(id, this.fixtures.actor("community"), this.fixtures.grid("HQ-G1"), null, water,
				"是水管问题");
		this.lifecycle.accept(id, department);
		assertThat(this.tickets.view(id, department).status()).isEqualTo(TicketStatus.ACCEPTED);
	}

	@Test
	void closedCancelledAndResolvedTicketsCannotBeMoved() {
		Long resolved = this.fixtures.submitted("HQ-G1");
		Actor worker = this.fixtures.actor("worker");
		Actor community = this.fixtures.actor("community");
		this.lifecycle.accept(resolved, worker);
		this.lifecycle.resolve(resolved, worker, "已处理");
		assertThatThrownBy(() -> this.lifecycle.reassign(resolved, community, this.fixtures.grid("HQ-G2"), null, null,
				"x"))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> this.lifecycle.escalate(resolved, community, "x")).isInstanceOf(ConflictException.class);
		Long cancelled = this.fixtures.submitted("HQ-G1");
		this.lifecycle.cancel(cancelled, this.fixtures.actor("resident"), "不需要了");
		assertThatThrownBy(() -> this.lifecycle.handDown(cancelled, this.fixtures.actor("street"),
				this.fixtures.grid("HQ-G2"), "x"))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void aPoorRatingIsFollowedByOneReturnVisit() {
		Long id = this.fixtures.submitted("HQ-G1");
		Actor worker = this.fixtures.actor("worker");
		Actor community = this.fixtures.actor("community");
		assertThatThrownBy(() -> this.lifecycle.recordReturnVisit(id, community, "x"))
			.isInstanceOf(ConflictException.class);
		this.lifecycle.accept(id, worker);
		this.lifecycle.resolve(id, worker, "已清运");
		this.lifecycle.rate(id, this.fixtures.actor("resident"), true, 1, "太慢了");
		assertThat(this.tickets.view(id, community).returnVisitDue()).isTrue();
		this.lifecycle.recordReturnVisit(id, community, "居民表示理解");
		assertThat(this.tickets.view(id, community).returnVisitDue()).isFalse();
		assertThat(lastEntry(id, community).type()).isEqualTo(TicketEventType.RETURN_VISIT);
		assertThatThrownBy(() -> this.lifecycle.recordReturnVisit(id, community, "again"))
			.isInstanceOf(ConflictException.class);
	}

	private TimelineEntry lastEntry(Long id, Actor actor) {
		var timeline = this.tickets.timeline(id, actor);
		return timeline.get(timeline.size() - 1);
	}

}
