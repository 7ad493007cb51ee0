package org.griddesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.griddesk.bench.BenchmarkReport.Memory;
import org.griddesk.bench.BenchmarkReport.Ratios;
import org.griddesk.bench.BenchmarkReport.Target;
import org.griddesk.bench.BenchmarkReport.WarmupStep;
import org.griddesk.bench.Endpoints.Operation;
import org.griddesk.bench.Endpoints.Role;
import org.griddesk.bench.GridDeskNodes.HeapUse;
import org.griddesk.bench.LoadPlan.Phase;
import org.griddesk.bench.LoadRun.RequestStats;
import org.griddesk.bench.LoadRun.Second;
import org.griddesk.bench.RawDatabase.RawResult;
import org.griddesk.bench.StatementTimes.StatementTime;

/**
 * One benchmark run, start to finish, unattended: a fresh database (or the one given), the data set, the raw
 * database ceiling, GridDesk from its packaged jar, the warm-up curve, the steady mixed load, each write alone, and
 * the report. {@code bench/run.sh} builds the jar and calls {@link #main}.
 */
public final class Benchmark {

	private static final int FIRST_PORT = 18_081;

	/** How many statements the report lists by database time. */
	private static final int TOP_STATEMENTS = 15;

	/** What spring-petclinic serves warm on this machine class, per the issue: its owner list and an owner page. */
	static final int PETCLINIC_OWNER_LIST = 1_400;

	static final int PETCLINIC_OWNER_PAGE = 1_700;

	private final BenchOptions options;

	private Benchmark(BenchOptions options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		BenchmarkReport report = run(BenchOptions.parse(args));
		System.out.println();
		System.out.println(report.table());
		System.out.println("Report: " + report.setup().get("report"));
		System.exit(report.errors() == 0 ? 0 : 1);
	}

	static BenchmarkReport run(BenchOptions options) throws Exception {
		return new Benchmark(options).run();
	}

	private BenchmarkReport run() throws Exception {
		Path output = this.options.output().toAbsolutePath();
		Files.createDirectories(output);
		String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		BenchDatabase ownDatabase = null;
		try {
			String url = this.options.jdbcUrl();
			if (url == null) {
				log("starting a fresh embedded PostgreSQL in " + output.resolve("pgdata"));
				ownDatabase = BenchDatabase.start(output.resolve("pgdata"), this.options.synchronousCommit());
				url = ownDatabase.jdbcUrl();
			}
			return measure(url, output, startedAt, ownDatabase != null);
		}
		finally {
			if (ownDatabase != null) {
				ownDatabase.close();
			}
		}
	}

	private BenchmarkReport measure(String url, Path output, String startedAt, boolean embedded) throws Exception {
		String user = this.options.dbUser();
		String password = this.options.dbPassword();
		DataSet.migrate(url, user, password);
		double loadSeconds = 0;
		long tickets;
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			if (!DataSet.hasDistrict(connection)) {
				log("loading " + this.options.tickets() + " tickets");
				loadSeconds = DataSet.load(url, user, password, this.options.tickets());
			}
			else {
				log("the database already has a district: measuring it as it is");
			}
			tickets = DataSet.ticketCount(connection);
		}
		Cast cast;
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			cast = Cast.read(connection, Math.max(this.options.users(), 8), this.options.pool() * this.options.nodes());
		}
		log("cast: " + cast.residents().size() + " residents, " + cast.workers().size() + " grid workers, "
				+ cast.commanders().size() + " commanders");
		int connections = this.options.pool() * this.options.nodes();
		log("raw database: inserts over " + connections + " connections, in " + cast.rawGrids().size() + " grids");
		RawResult rawInsert = RawDatabase.submit(url, user, password, cast, connections, this.options.rawSeconds());
		log("raw database: " + BenchmarkReport.format(rawInsert.perSecond()) + " inserts/s; now acceptances");
		RawResult rawAccept = RawDatabase.accept(url, user, password, cast, connections, this.options.rawSeconds());
		log("raw database: " + BenchmarkReport.format(rawAccept.perSecond()) + " accepts/s");

		try (GridDeskNodes nodes = nodes(url, output)) {
			Set<Role> built = Probe.builtRoles(nodes.baseUrls().get(0), cast);
			List<String> notBuilt = notBuilt(built);
			if (!notBuilt.isEmpty()) {
				log("not in this build (pages answer 404): " + notBuilt);
			}
			log("warm-up " + this.options.warmup() + " s, one run, reported in steps of " + this.options.warmupStep() + " s");
			List<WarmupStep> warmup = this.options.warmup() == 0 ? List.of()
					: warmupCurve(LoadRun.run(plan(Phase.MIXED, nodes, this.options.warmup(), built, cast), output, "warmup")
						.seconds());
			MemorySampler memory = new MemorySampler(nodes);
			log("steady mixed load, " + this.options.duration() + " s");
			boolean counting = StatementTimes.reset(url, user, password);
			List<RequestStats> steady = memory.during(() -> LoadRun.run(
					plan(Phase.MIXED, nodes, this.options.duration(), built, cast), output, "steady").requests());
			List<StatementTime> steadyStatements = counting ? StatementTimes.top(url, user, password, TOP_STATEMENTS)
					: List.of();
			log("worker queue alone, " + this.options.phase() + " s");
			List<RequestStats> queueOnly = memory.during(() -> LoadRun.run(
					plan(Phase.QUEUE_PAGE, nodes, this.options.phase(), built, cast), output, "queue-alone").requests());
			log("ticket page alone, " + this.options.phase() + " s");
			List<RequestStats> ticketPageOnly = memory.during(() -> LoadRun.run(
					plan(Phase.TICKET_PAGE, nodes, this.options.phase(), built, cast), output, "ticket-page-alone")
				.requests());
			log("submissions alone, " + this.options.phase() + " s");
			List<RequestStats> submitOnly = memory.during(() -> LoadRun.run(
					plan(Phase.SUBMIT, nodes, this.options.phase(), built, cast), output, "submit-alone").requests());
			log("acceptances alone, " + this.options.phase() + " s");
			List<RequestStats> acceptOnly = memory.during(() -> LoadRun.run(
					plan(Phase.ACCEPT, nodes, this.options.phase(), built, cast), output, "accept-alone").requests());

			double submitPerSecond = BenchmarkReport.find(submitOnly, Operation.SUBMIT).okPerSecond();
			double acceptPerSecond = BenchmarkReport.find(acceptOnly, Operation.QUEUE_ACCEPT).okPerSecond();
			Ratios ratios = new Ratios(submitPerSecond, ratio(submitPerSecond, rawInsert.perSecond()), acceptPerSecond,
					ratio(acceptPerSecond, rawAccept.perSecond()));
			long errors = rawInsert.errors() + rawAccept.errors() + warmup.stream().mapToLong(WarmupStep::errors).sum()
					+ errors(steady) + errors(queueOnly) + errors(ticketPageOnly) + errors(submitOnly) + errors(acceptOnly);
			long[] sizes = sizes(url, user, password);
			Map<String, Object> setup = setup(output, embedded, url, cast);
			Memory measured = memory.result();
			BenchmarkReport report = new BenchmarkReport(startedAt, setup, tickets, loadSeconds, sizes[0], sizes[1],
					rawInsert, rawAccept, warmup, steady, steadyStatements, queueOnly, ticketPageOnly, submitOnly,
					acceptOnly, ratios, measured, notBuilt, errors,
					targets(steady, queueOnly, ticketPageOnly, ratios, measured));
			report.write(output);
			return report;
		}
	}

	private GridDeskNodes nodes(String url, Path output) throws IOException, InterruptedException {
		if (this.options.appUrl() != null) {
			log("load goes to the GridDesk at " + this.options.appUrl());
			return GridDeskNodes.attached(this.options.appUrl(), this.options.appPid());
		}
		Path jar = this.options.jar() != null ? this.options.jar() : GridDeskNodes.packagedJar(Path.of("target"));
		Path launcher = GridDeskNodes.extract(jar, output.resolve("app"));
		log("starting " + this.options.nodes() + " GridDesk node(s) from " + launcher);
		return GridDeskNodes.start(launcher, this.options.nodes(), FIRST_PORT, url, this.options.dbUser(),
				this.options.dbPassword(), this.options.pool(), this.options.jvmOptions(), output);
	}

	/**
	 * The warm-up's responses per second averaged over each step. One Gatling run covers the whole warm-up, so the
	 * curve has no restarts or fresh sign-ins in it; its first step includes the sign-ins.
	 */
	private List<WarmupStep> warmupCurve(List<Second> seconds) {
		int step = this.options.warmupStep();
		List<WarmupStep> curve = new ArrayList<>();
		for (int from = 0; from < this.options.warmup(); from += step) {
			int start = from;
			int end = Math.min(from + step, this.options.warmup());
			List<Second> slice = seconds.stream().filter(second -> second.offset() >= start && second.offset() < end).toList();
			long ok = slice.stream().mapToLong(Second::ok).sum();
			long failed = slice.stream().mapToLong(Second::errors).sum();
			curve.add(new WarmupStep(start, end, (double) ok / (end - start), failed));
		}
		return curve;
	}

	private LoadPlan plan(Phase phase, GridDeskNodes nodes, int seconds, Set<Role> built, Cast cast) {
		return LoadPlan.of(phase, nodes.baseUrls(), seconds, this.options.users(), built, cast);
	}

	private static List<String> notBuilt(Set<Role> built) {
		List<String> missing = new ArrayList<>();
		for (Operation operation : Operation.values()) {
			if (!built.contains(operation.role)) {
				if (!Endpoints.NOT_YET_MERGED.contains(operation)) {
					throw new IllegalStateException("The page for '" + operation.request + "' (" + operation.role.probe
							+ ") answers 404; fix Endpoints or the page");
				}
				missing.add(operation.request);
			}
		}
		return missing;
	}

	private static long errors(List<RequestStats> stats) {
		return BenchmarkReport.find(stats, RequestStats.ALL).errors();
	}

	private static double ratio(double part, double whole) {
		return whole == 0 ? 0 : part / whole;
	}

	private static long[] sizes(String url, String user, String password) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement();
				ResultSet sizes = statement.executeQuery("SELECT pg_database_size(current_database()), "
						+ "pg_total_relation_size('ticket') + pg_total_relation_size('ticket_event')")) {
			sizes.next();
			return new long[] { sizes.getLong(1), sizes.getLong(2) };
		}
	}

	private Map<String, Object> setup(Path output, boolean embedded, String url, Cast cast) throws IOException {
		Map<String, Object> setup = new LinkedHashMap<>();
		setup.put("mode", this.options.smoke() ? "smoke (tiny data, seconds: proves the harness, measures nothing)"
				: "full");
		setup.put("machine", Runtime.getRuntime().availableProcessors() + " cores, "
				+ totalMemory() + ", shared with whatever else runs on it");
		setup.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		setup.put("database", embedded ? "embedded PostgreSQL (zonky binaries), fresh, on this machine, synchronous_commit="
				+ (this.options.synchronousCommit() ? "on" : "off (fsync on: a crash loses the last moment's commits, never "
						+ "consistency; measures CPU, not this disk's flush latency)") : url);
		setup.put("nodes", this.options.nodes() + " (round-robin over virtual users)");
		setup.put("connection pool per node", this.options.pool());
		setup.put("node JVM options", this.options.jvmOptions());
		setup.put("virtual users", this.options.users() + " (mixed: 1/4 residents, 1/8 commanders, 1/8 Open311, "
				+ "the rest grid workers; each page or write alone: all of them)");
		setup.put("warm-up", this.options.warmup() + " s of mixed load in one run, reported in steps of "
				+ this.options.warmupStep() + " s");
		setup.put("steady mixed load", this.options.duration() + " s");
		setup.put("each page alone, each write alone", this.options.phase() + " s");
		setup.put("raw database", this.options.rawSeconds() + " s per transaction kind");
		setup.put("cast", cast.residents().size() + " residents, " + cast.workers().size() + " grid workers, "
				+ cast.commanders().size() + " commanders");
		setup.put("report", output.resolve("report.md").toString());
		return setup;
	}

	private static String totalMemory() throws IOException {
		Path meminfo = Path.of("/proc/meminfo");
		if (!Files.exists(meminfo)) {
			return "memory unknown";
		}
		String first = Files.readAllLines(meminfo).get(0).replaceAll("\\D+", "");
		return (Long.parseLong(first) / (1024 * 1024)) + " GiB";
	}

	private static List<Target> targets(List<RequestStats> steady, List<RequestStats> queueOnly,
			List<RequestStats> ticketPageOnly, Ratios ratios, Memory memory) {
		double queue = BenchmarkReport.find(steady, Operation.QUEUE).p95();
		double page = BenchmarkReport.find(steady, Operation.TICKET_PAGE).p95();
		double queueAlone = BenchmarkReport.find(queueOnly, Operation.QUEUE).okPerSecond();
		double pageAlone = BenchmarkReport.find(ticketPageOnly, Operation.TICKET_PAGE).okPerSecond();
		double dashboard = BenchmarkReport.find(steady, Operation.DASHBOARD).p95();
		double rss = memory.rssMaxMegabytes().stream().mapToDouble(Double::doubleValue).max().orElse(0);
		return List.of(
				new Target("submit ≥ 25 % of raw insert", percent(ratios.submitRatio()), ratios.submitRatio() >= 0.25),
				new Target("accept ≥ 25 % of raw accept", percent(ratios.acceptRatio()), ratios.acceptRatio() >= 0.25),
				new Target("worker queue p95 ≤ 50 ms", BenchmarkReport.format(queue) + " ms", queue > 0 && queue <= 50),
				new Target("ticket page p95 ≤ 50 ms", BenchmarkReport.format(page) + " ms", page > 0 && page <= 50),
				new Target("worker queue alone ≥ " + PETCLINIC_OWNER_LIST + " req/s (spring-petclinic's owner list)",
						BenchmarkReport.format(queueAlone) + " req/s", queueAlone >= PETCLINIC_OWNER_LIST),
				new Target("ticket page alone ≥ " + PETCLINIC_OWNER_PAGE + " req/s (spring-petclinic's owner page)",
						BenchmarkReport.format(pageAlone) + " req/s", pageAlone >= PETCLINIC_OWNER_PAGE),
				new Target("district dashboard p95 ≤ 50 ms (the issue sets it at 10M tickets)",
						BenchmarkReport.format(dashboard) + " ms", dashboard > 0 && dashboard <= 50),
				new Target("process RSS ≤ 768 MB", BenchmarkReport.format(rss) + " MiB", rss > 0 && rss <= 768));
	}

	private static String percent(double ratio) {
		return BenchmarkReport.format(ratio * 100) + " %";
	}

	private static void log(String message) {
		System.out.println("[bench] " + message);
	}

	/** Samples the resident memory of every node every two seconds while a load runs; keeps the maxima. */
	private static final class MemorySampler {

		private final GridDeskNodes nodes;

		private final double[] rss;

		MemorySampler(GridDeskNodes nodes) {
			this.nodes = nodes;
			this.rss = new double[nodes.size()];
		}

		<T> T during(LoadStep<T> step) throws Exception {
			ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
			sampler.scheduleAtFixedRate(this::sample, 1, 2, TimeUnit.SECONDS);
			try {
				return step.run();
			}
			finally {
				sampler.shutdownNow();
				sampler.awaitTermination(10, TimeUnit.SECONDS);
			}
		}

		private synchronized void sample() {
			List<Double> now = this.nodes.residentMegabytes();
			for (int i = 0; i < this.rss.length; i++) {
				this.rss[i] = Math.max(this.rss[i], now.get(i));
			}
		}

		synchronized Memory result() {
			List<HeapUse> heap = this.nodes.heap();
			return new Memory(heap.stream().map(HeapUse::beforeCollection).toList(),
					heap.stream().map(HeapUse::afterCollection).toList(), Arrays.stream(this.rss).boxed().toList());
		}

	}

	@FunctionalInterface
	private interface LoadStep<T> {

		T run() throws Exception;

	}

}
