package org.griddesk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The ceiling: the same writes GridDesk makes for a submission and an acceptance, over plain JDBC with as many
 * connections as GridDesk's pools hold, with nothing else in the way. A submission is one transaction that numbers
 * the ticket, inserts it and its first two timeline events (SUBMITTED, ROUTED). An acceptance is one transaction
 * that takes the head of a grid's new tickets ({@code FOR UPDATE SKIP LOCKED}), marks it accepted and records the
 * event. Each connection works its own grids, as each signed-in worker does.
 */
final class RawDatabase {

	private static final String INSERT_TICKET = "INSERT INTO ticket (number, kind, category_id, channel, status, "
			+ "title, description, resident_id, region_id, address, contact_phone, proxy_requested, submitted_at, "
			+ "window_start_at, accept_due_at, resolve_due_at, submission_key, version) "
			+ "VALUES (?, ?, ?, 'WEB', 'SUBMITTED', ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, 0) RETURNING id";

	private static final String INSERT_EVENT = "INSERT INTO ticket_event (ticket_id, type, at, actor_id, actor_role, "
			+ "from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String CLAIM = "SELECT id FROM ticket WHERE region_id = ? AND status = 'SUBMITTED' "
			+ "ORDER BY accept_due_at LIMIT 1 FOR UPDATE SKIP LOCKED";

	private static final String ACCEPT = "UPDATE ticket SET status = 'ACCEPTED', assignee_id = ?, accepted_at = ?, "
			+ "version = version + 1 WHERE id = ?";

	private RawDatabase() {
	}

	/** Submissions for {@code seconds} after a short warm-up, over {@code connections} connections. */
	static RawResult submit(String url, String user, String password, Cast cast, int connections, int seconds)
			throws Exception {
		List<Long> residentIds = ids(url, user, password, "SELECT id FROM account WHERE role = 'RESIDENT' LIMIT 1000");
		return run("raw insert", url, user, password, connections, seconds, (connection, worker) -> {
			Cast.Resident resident = cast.residents().get(worker % cast.residents().size());
			long grid = cast.rawGrids().get(worker % cast.rawGrids().size());
			Long residentId = residentIds.get(worker % residentIds.size());
			// the statements live as long as the connection, which closes them
			PreparedStatement number = connection.prepareStatement("SELECT nextval('ticket_number_seq')");
			PreparedStatement ticket = connection.prepareStatement(INSERT_TICKET);
			PreparedStatement event = connection.prepareStatement(INSERT_EVENT);
			return () -> {
				Timestamp now = Timestamp.from(Instant.now());
				long sequence;
				try (ResultSet next = number.executeQuery()) {
					next.next();
					sequence = next.getLong(1);
				}
				ticket.setString(1, "R" + sequence);
				ticket.setString(2, resident.kind());
				ticket.setLong(3, resident.categoryId());
				ticket.setString(4, "楼道堆物请清理");
				ticket.setString(5, "三单元一楼楼道堆放杂物，影响通行，请网格员协调清理。（基准测试）");
				ticket.setLong(6, residentId);
				ticket.setLong(7, grid);
				ticket.setString(8, "鸡冠区基准路 1 号");
				ticket.setString(9, resident.phone());
				ticket.setTimestamp(10, now);
				ticket.setTimestamp(11, now);
				ticket.setTimestamp(12, Timestamp.from(now.toInstant().plus(Duration.ofHours(24))));
				ticket.setTimestamp(13, Timestamp.from(now.toInstant().plus(Duration.ofHours(72))));
				ticket.setString(14, "raw-" + sequence + "-" + ThreadLocalRandom.current().nextLong());
				long id;
				try (ResultSet inserted = ticket.executeQuery()) {
					inserted.next();
					id = inserted.getLong(1);
				}
				event(event, id, "SUBMITTED", now, residentId, "RESIDENT", null, "SUBMITTED", "WEB");
				event(event, id, "ROUTED", now, null, null, "SUBMITTED", "SUBMITTED", "raw benchmark");
				connection.commit();
				return true;
			};
		});
	}

	/** Acceptances for {@code seconds}; a connection whose grids have run dry stops early. */
	static RawResult accept(String url, String user, String password, Cast cast, int connections, int seconds)
			throws Exception {
		List<Long> grids = cast.rawGrids();
		List<Long> workerIds = ids(url, user, password,
				"SELECT id FROM account WHERE role = 'GRID_WORKER' ORDER BY username LIMIT 1000");
		return run("raw accept", url, user, password, connections, seconds, (connection, worker) -> {
			long workerId = workerIds.get(worker % workerIds.size());
			List<Long> mine = new ArrayList<>();
			for (int i = worker % grids.size(); i < grids.size(); i += connections) {
				mine.add(grids.get(i));
			}
			if (mine.isEmpty()) {
				mine.add(grids.get(worker % grids.size()));
			}
			int[] next = { 0 };
			PreparedStatement claim = connection.prepareStatement(CLAIM);
			PreparedStatement accept = connection.prepareStatement(ACCEPT);
			PreparedStatement event = connection.prepareStatement(INSERT_EVENT);
			return () -> {
				for (int tried = 0; tried < mine.size(); tried++) {
					long grid = mine.get(next[0]++ % mine.size());
					claim.setLong(1, grid);
					Long id = null;
					try (ResultSet head = claim.executeQuery()) {
						if (head.next()) {
							id = head.getLong(1);
						}
					}
					if (id == null) {
						continue;
					}
					Timestamp now = Timestamp.from(Instant.now());
					accept.setLong(1, workerId);
					accept.setTimestamp(2, now);
					accept.setLong(3, id);
					accept.executeUpdate();
					event(event, id, "ACCEPTED", now, workerId, "GRID_WORKER", "SUBMITTED", "ACCEPTED", null);
					connection.commit();
					return true;
				}
				connection.rollback();
				return false;
			};
		});
	}

	private static void event(PreparedStatement event, long ticketId, String type, Timestamp at, Long actorId,
			String role, String from, String to, String note) throws SQLException {
		event.setLong(1, ticketId);
		event.setString(2, type);
		event.setTimestamp(3, at);
		event.setObject(4, actorId);
		event.setString(5, role);
		event.setString(6, from);
		event.setString(7, to);
		event.setString(8, note);
		event.executeUpdate();
	}

	private static List<Long> ids(String url, String user, String password, String query) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(query)) {
			while (rows.next()) {
				ids.add(rows.getLong(1));
			}
		}
		if (ids.isEmpty()) {
			throw new IllegalStateException("No accounts for the raw benchmark: " + query);
		}
		return ids;
	}

	/**
	 * Runs one transaction kind on every connection: a fifth of the time (at most 10 s) warms up unmeasured, then
	 * each connection counts its transactions and their latencies until the time is up.
	 */
	private static RawResult run(String name, String url, String user, String password, int connections,
			int seconds, TransactionFactory factory) throws Exception {
		long warmupNanos = Duration.ofSeconds(Math.min(10, Math.max(1, seconds / 5))).toNanos();
		long measureNanos = Duration.ofSeconds(seconds).toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(connections);
		try {
			long start = System.nanoTime();
			long measureFrom = start + warmupNanos;
			long measureUntil = measureFrom + measureNanos;
			List<Future<long[]>> results = new ArrayList<>();
			for (int i = 0; i < connections; i++) {
				int worker = i;
				results.add(pool.submit(() -> {
					try (Connection connection = DriverManager.getConnection(url, user, password)) {
						connection.setAutoCommit(false);
						Callable<Boolean> transaction = factory.open(connection, worker);
						long[] latencies = new long[1024];
						int count = 0;
						long errors = 0;
						while (System.nanoTime() < measureUntil) {
							long began = System.nanoTime();
							boolean done;
							try {
								done = transaction.call();
							}
							catch (SQLException ex) {
								connection.rollback();
								errors++;
								continue;
							}
							if (!done) {
								break;
							}
							if (began >= measureFrom) {
								if (count == latencies.length) {
									latencies = Arrays.copyOf(latencies, count * 2);
								}
								latencies[count++] = System.nanoTime() - began;
							}
						}
						long[] measured = Arrays.copyOf(latencies, count + 1);
						measured[count] = -errors - 1;
						return measured;
					}
				}));
			}
			List<Long> all = new ArrayList<>();
			long errors = 0;
			for (Future<long[]> result : results) {
				long[] measured = result.get();
				errors += -measured[measured.length - 1] - 1;
				for (int i = 0; i < measured.length - 1; i++) {
					all.add(measured[i]);
				}
			}
			double measuredSeconds = Math.min(System.nanoTime(), measureUntil) - measureFrom;
			long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
			return new RawResult(name, connections, sorted.length, errors, sorted.length / (measuredSeconds / 1e9),
					percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static double percentile(long[] sorted, double percent) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	/** Prepares one connection's transaction; the callable returns false when there is no more work. */
	@FunctionalInterface
	private interface TransactionFactory {

		Callable<Boolean> open(Connection connection, int worker) throws SQLException;

	}

	/** Transactions a second over the measured time, latencies in milliseconds. */
	record RawResult(String name, int connections, long transactions, long errors, double perSecond, double p50,
			double p95, double p99) {
	}

}
