package org.griddesk.ticket;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.griddesk.account.Accounts;
import org.griddesk.account.Role;
import org.griddesk.account.StaffAccount;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test helpers for the workbench: tickets whose title carries a unique token (so a search finds exactly them among
 * what other tests left), deadlines moved into warning or overdue, and extra grid workers to race against.
 */
final class Workbench {

	private final TicketLifecycle lifecycle;

	private final TicketFixtures fixtures;

	private final JdbcTemplate jdbc;

	private final Accounts accounts;

	Workbench(TicketLifecycle lifecycle, TicketFixtures fixtures, JdbcTemplate jdbc, Accounts accounts) {
		this.lifecycle = lifecycle;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	static String token() {
		return "WB" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A resident's ticket in the grid whose title contains the token. */
	Long submit(String gridCode, String categoryCode, String title) {
		SubmitTicket template = this.fixtures.webSubmission(categoryCode, gridCode);
		return this.lifecycle.submit(new SubmitTicket(template.kind(), template.categoryId(), title,
				template.description(), template.gridId(), null, null, template.address(), template.contactPhone(),
				false, null, Channel.WEB, UUID.randomUUID().toString()), this.fixtures.actor("resident"));
	}

	/**
	 * Moves the ticket's current window so that {@code used} of it lies behind now and {@code left} before
	 * (negative: past due). Windows are measured from window_start_at to the due time of the current state.
	 */
	void shiftWindow(Long ticketId, Duration used, Duration left) {
		Instant now = Instant.now();
		Timestamp start = Timestamp.from(now.minus(used));
		Timestamp due = Timestamp.from(now.plus(left));
		this.jdbc.update("UPDATE ticket SET submitted_at = LEAST(submitted_at, ?), window_start_at = ?, "
				+ "accept_due_at = CASE WHEN status = 'SUBMITTED' THEN ? ELSE accept_due_at END, "
				+ "resolve_due_at = CASE WHEN status = 'SUBMITTED' THEN resolve_due_at ELSE ? END WHERE id = ?",
				start, start, due, due, ticketId);
	}

	void makeOverdue(Long ticketId) {
		shiftWindow(ticketId, Duration.ofHours(30), Duration.ofHours(-6));
	}

	void makeWarning(Long ticketId) {
		shiftWindow(ticketId, Duration.ofHours(21), Duration.ofHours(3));
	}

	/** Another grid worker of the given grids, e.g. to lose an accept race against; returns the user name. */
	String newWorker(String displayName, String... gridCodes) {
		String username = "wb-" + UUID.randomUUID().toString().substring(0, 8);
		Set<Long> grids = Arrays.stream(gridCodes).map(this.fixtures::grid).collect(Collectors.toSet());
		this.accounts.createWithPassword(new StaffAccount(username, displayName, null, Role.GRID_WORKER, grids, null),
				"griddesk");
		return username;
	}

}
