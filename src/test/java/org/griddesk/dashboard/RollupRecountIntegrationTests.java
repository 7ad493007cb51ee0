package org.griddesk.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.griddesk.region.RegionView;
import org.griddesk.support.IntegrationTest;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.TicketLifecycle;
import org.griddesk.web.ConflictException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A few hundred random life-cycle transitions (seeded, so a failure replays) through {@link TicketLifecycle}, with
 * late acceptances and resolutions, rejections that move tickets to the community desk, reopenings and unrated
 * closures; afterwards the rollups of the test's regions equal a recount straight from the tickets and their
 * timelines, and so do their open counts.
 */
@IntegrationTest
class RollupRecountIntegrationTests {

	private static final String[] CATEGORIES = { "C01", "C01", "C02", "A03", "A01" };

	@Autowired
	FigureFixture fixture;

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Rollups rollups;

	/**
	 * Every batch of noted tickets is applied through this function; planned anew on each call (PostgreSQL's default
	 * for it), planning was half of its time. The random life cycles below run with the setting in place.
	 */
	@Test
	void rollupsAreAppliedWithTheConnectionsCachedPlan() {
		List<String> settings = this.jdbc.queryForList("SELECT unnest(proconfig) FROM pg_proc "
				+ "WHERE proname = 'apply_ticket_contributions'", String.class);
		assertThat(settings).containsExactly("plan_cache_mode=force_generic_plan");
	}

	@Test
	void rollupsEqualARecountAfterRandomLifeCycles() {
		RegionView[] nodes = this.fixture.community(3);
		RegionView community = nodes[0];
		Long[] grids = { nodes[1].id(), nodes[2].id(), nodes[3].id() };
		Actor worker = this.fixture.gridWorker(grids);
		Actor desk = this.fixture.communityStaff(community);
		Actor department = this.fixture.department();
		Actor resident = this.fixture.resident();
		Random random = new Random(20260601L);
		List<Long> tickets = new ArrayList<>();
		int transitions = 0;
		for (int step = 0; step < 600; step++) {
			if (tickets.isEmpty() || random.nextInt(5) == 0) {
				Long id = this.fixture.submit(CATEGORIES[random.nextInt(CATEGORIES.length)],
						grids[random.nextInt(grids.length)]);
				tickets.add(id);
				if (random.nextInt(3) == 0) {
					// submitted on another day, a day and a half ago: whoever accepts it now is late
					Instant past = Instant.now().minus(Duration.ofHours(36 + random.nextInt(48)));
					this.fixture.times(id, past, past.plus(Duration.ofHours(24)), past.plus(Duration.ofHours(72)),
							null, null);
				}
				transitions++;
				continue;
			}
			Long id = tickets.get(random.nextInt(tickets.size()));
			Map<String, Object> ticket = this.jdbc.queryForMap(
					"SELECT status, department_id, region_id FROM ticket WHERE id = ?", id);
			String status = (String) ticket.get("status");
			Actor owner = ticket.get("department_id") != null ? department
					: community.id().equals(ticket.get("region_id")) ? desk : worker;
			try {
				switch (status) {
					case "SUBMITTED" -> {
						switch (random.nextInt(6)) {
							case 0 -> this.lifecycle.cancel(id, resident, "不需要了");
							case 1 -> this.lifecycle.reject(id, owner, "不属于本网格");
							default -> this.lifecycle.accept(id, owner);
						}
					}
					case "ACCEPTED" -> {
						if (random.nextBoolean()) {
							this.lifecycle.start(id, owner);
						}
						else {
							this.lifecycle.resolve(id, owner, "已办结");
						}
					}
					case "IN_PROGRESS" -> {
						if (random.nextInt(8) == 0) {
							this.lifecycle.reject(id, owner, "需上级协调");
						}
						else {
							this.lifecycle.resolve(id, owner, "已办结");
						}
					}
					case "RESOLVED" -> {
						switch (random.nextInt(4)) {
							case 0 -> {
								this.jdbc.update("UPDATE ticket SET resolved_at = resolved_at - interval '8 days' "
										+ "WHERE id = ?", id);
								this.lifecycle.closeUnrated(1000);
							}
							case 1 -> this.lifecycle.rate(id, resident, false, 1 + random.nextInt(3), "没解决");
							default -> this.lifecycle.rate(id, resident, true, 1 + random.nextInt(5), null);
						}
					}
					default -> {
						this.lifecycle.addNote(id, desk, "跟进");
						continue;
					}
				}
				transitions++;
			}
			catch (ConflictException ex) {
				// a transition the owner may not make in this state (e.g. a closed ticket): the life cycle refused it
			}
		}
		assertThat(transitions).isGreaterThan(300);

		Long[] nodeIds = Arrays.stream(nodes).map(RegionView::id).toArray(Long[]::new);
		// the scheduled deadline sweep may move this test's late tickets at any moment; the next catch-up counts it
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			this.rollups.catchUp();
			List<Map<String, Object>> rollups = this.jdbc.queryForList(
					"SELECT node_id, day, category_id, kind, channel, department_id, submitted, cancelled, accepted, "
							+ "accepted_in_window, accept_seconds, resolved, resolved_in_window, resolve_seconds, "
							+ "closed, closed_unrated, rated, satisfied, reopened FROM ticket_daily "
							+ "WHERE node_id = ANY (?) AND submitted <> 0 ORDER BY 1, 2, 3, 4, 5, 6",
					(Object) nodeIds);
			assertThat(rollups).isNotEmpty().isEqualTo(this.jdbc.queryForList(RECOUNT, (Object) nodeIds));
		});
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM ticket_daily WHERE node_id = ANY (?) "
				+ "AND submitted = 0 AND (accepted <> 0 OR resolved <> 0 OR rated <> 0 OR accept_seconds <> 0)",
				Long.class, (Object) nodeIds))
			.as("rows a ticket moved away from are empty")
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(DISTINCT region_id) FROM ticket WHERE id = ANY (?)",
				Long.class, (Object) tickets.toArray(Long[]::new)))
			.as("rejections moved tickets to the community desk")
			.isGreaterThan(3);
		assertThat(this.jdbc.queryForList("SELECT region_id, open FROM region_open_tickets "
				+ "WHERE region_id = ANY (?) AND open <> 0 ORDER BY 1", (Object) nodeIds))
			.as("the open counts kept per region")
			.isNotEmpty()
			.isEqualTo(this.jdbc.queryForList("SELECT region_id, count(*) AS open FROM ticket WHERE region_id = ANY (?) "
					+ "AND status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS') GROUP BY 1 ORDER BY 1", (Object) nodeIds));
	}

	/**
	 * The figures recounted from scratch, per region node of the test (a ticket counts for the node that owns it and
	 * each node above): acceptance and reopening from the timeline, the rest from the ticket.
	 */
	static final String RECOUNT = """
			WITH counted AS (
			  SELECT t.*, (t.submitted_at AT TIME ZONE 'Asia/Shanghai')::date AS day,
			         EXISTS (SELECT 1 FROM ticket_event e WHERE e.ticket_id = t.id AND e.type = 'ACCEPTED') AS was_accepted,
			         EXISTS (SELECT 1 FROM ticket_event e WHERE e.ticket_id = t.id AND e.type = 'REOPENED') AS was_reopened,
			         t.status IN ('RESOLVED', 'CLOSED') AS done
			  FROM ticket t
			)
			SELECT n.id AS node_id, c.day, c.category_id, c.kind, c.channel, c.department_id,
			       count(*)::int AS submitted,
			       count(*) FILTER (WHERE c.status = 'CANCELLED')::int AS cancelled,
			       count(*) FILTER (WHERE c.was_accepted)::int AS accepted,
			       count(*) FILTER (WHERE c.was_accepted AND c.accepted_at <= c.accept_due_at)::int AS accepted_in_window,
			       coalesce(sum(round(extract(epoch FROM c.accepted_at - c.submitted_at))) FILTER (WHERE c.was_accepted), 0)::bigint
			         AS accept_seconds,
			       count(*) FILTER (WHERE c.done)::int AS resolved,
			       count(*) FILTER (WHERE c.done AND c.resolved_at <= c.resolve_due_at)::int AS resolved_in_window,
			       coalesce(sum(round(extract(epoch FROM c.resolved_at - c.submitted_at))) FILTER (WHERE c.done), 0)::bigint
			         AS resolve_seconds,
			       count(*) FILTER (WHERE c.status = 'CLOSED')::int AS closed,
			       count(*) FILTER (WHERE c.status = 'CLOSED' AND c.rating_score IS NULL)::int AS closed_unrated,
			       count(*) FILTER (WHERE c.rating_score IS NOT NULL)::int AS rated,
			       count(*) FILTER (WHERE c.rating_score >= 4)::int AS satisfied,
			       count(*) FILTER (WHERE c.was_reopened)::int AS reopened
			FROM counted c
			JOIN region r ON r.id = c.region_id
			JOIN region n ON r.path LIKE n.path || '%'
			WHERE n.id = ANY (?)
			GROUP BY n.id, c.day, c.category_id, c.kind, c.channel, c.department_id
			ORDER BY 1, 2, 3, 4, 5, 6
			""";

}
