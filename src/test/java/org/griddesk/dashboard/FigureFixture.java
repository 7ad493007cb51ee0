package org.griddesk.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.griddesk.account.Role;
import org.griddesk.catalog.CategoryView;
import org.griddesk.region.RegionView;
import org.griddesk.region.Regions;
import org.griddesk.region.Scope;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.Channel;
import org.griddesk.ticket.SubmitTicket;
import org.griddesk.ticket.TicketFixtures;
import org.griddesk.ticket.TicketLifecycle;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Regions of their own for figure tests (a fresh community with fresh grids under 红军路街道), so that other tests'
 * tickets never enter the numbers, plus actors bound to them and a way to put a ticket's timestamps where a test
 * needs them.
 */
@Component
class FigureFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final Regions regions;

	private final TicketFixtures tickets;

	private final TicketLifecycle lifecycle;

	private final JdbcTemplate jdbc;

	private final Rollups rollups;

	FigureFixture(Regions regions, TicketFixtures tickets, TicketLifecycle lifecycle, JdbcTemplate jdbc,
			Rollups rollups) {
		this.regions = regions;
		this.tickets = tickets;
		this.lifecycle = lifecycle;
		this.jdbc = jdbc;
		this.rollups = rollups;
	}

	/** A new community under 红军路街道 with {@code grids} new grids; the community first, then its grids. */
	RegionView[] community(int grids) {
		String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
		RegionView street = this.regions.findByCode("HJL");
		RegionView community = this.regions.create(street.id(), "FT" + tag, "测试社区" + tag);
		RegionView[] nodes = new RegionView[grids + 1];
		nodes[0] = community;
		for (int i = 1; i <= grids; i++) {
			nodes[i] = this.regions.create(community.id(), "FT" + tag + "-G" + i, "测试网格" + i);
		}
		return nodes;
	}

	Actor gridWorker(Long... gridIds) {
		Actor worker = this.tickets.actor("worker");
		return new Actor(worker.accountId(), worker.displayName(), Role.GRID_WORKER, new Scope(Set.of(gridIds)),
				Set.of(gridIds), null);
	}

	/** Community staff bound to a test community: works its desk (community-owned and rejected tickets). */
	Actor communityStaff(RegionView community) {
		Actor staff = this.tickets.actor("community");
		return new Actor(staff.accountId(), staff.displayName(), Role.COMMUNITY_STAFF,
				this.regions.scopeOf(Set.of(community.id())), Set.of(community.id()), null);
	}

	Actor resident() {
		return this.tickets.actor("resident");
	}

	Actor department() {
		return this.tickets.actor("department");
	}

	Long submit(String categoryCode, Long gridId) {
		CategoryView category = this.tickets.category(categoryCode);
		return this.lifecycle.submit(new SubmitTicket(category.kind(), category.id(), "测试工单", "用于核对统计口径", gridId,
				null, null, "测试地址", "13800000001", false, null, Channel.WEB, UUID.randomUUID().toString()),
				resident());
	}

	/** Rewrites a ticket's timestamps (null leaves one as it is) and brings its rollups up to date. */
	void times(Long ticketId, Instant submitted, Instant acceptDue, Instant resolveDue, Instant accepted,
			Instant resolved) {
		this.jdbc.update("UPDATE ticket SET submitted_at = coalesce(?, submitted_at), "
				+ "window_start_at = coalesce(?, window_start_at), accept_due_at = coalesce(?, accept_due_at), "
				+ "resolve_due_at = coalesce(?, resolve_due_at), accepted_at = coalesce(?, accepted_at), "
				+ "resolved_at = coalesce(?, resolved_at) WHERE id = ?", ts(submitted), ts(submitted), ts(acceptDue),
				ts(resolveDue), ts(accepted), ts(resolved), ticketId);
		this.rollups.refresh(Set.of(ticketId));
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
