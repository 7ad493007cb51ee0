package org.griddesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.griddesk.bench.Endpoints.Operation;
import org.griddesk.bench.LoadRun.RequestStats;
import org.griddesk.bench.RawDatabase.RawResult;
import org.griddesk.bench.StatementTimes.StatementTime;

/**
 * What one run measured, written as target/bench/report.json (for tools and for comparing runs) and report.md (for
 * people); {@link #table()} is what the run prints at the end.
 */
record BenchmarkReport(String startedAt, Map<String, Object> setup, long tickets, double loadSeconds,
		long databaseBytes, long ticketTableBytes, RawResult rawInsert, RawResult rawAccept, List<WarmupStep> warmup,
		List<RequestStats> steady, List<StatementTime> steadyStatements, List<RequestStats> queueOnly, List<RequestStats> ticketPageOnly,
		List<RequestStats> submitOnly, List<RequestStats> acceptOnly, Ratios ratios,
		Memory memory, List<String> notInThisBuild, long errors, List<Target> targets) {

	/** Characters of a statement's text the markdown report shows; report.json has it whole. */
	private static final int MAX_STATEMENT = 160;

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	static RequestStats find(List<RequestStats> stats, String name) {
		return stats.stream().filter(stat -> stat.name().equals(name)).findFirst().orElse(RequestStats.none(name));
	}

	static RequestStats find(List<RequestStats> stats, Operation operation) {
		return find(stats, operation.request);
	}

	void write(Path directory) throws IOException {
		Files.createDirectories(directory);
		JSON.writeValue(directory.resolve("report.json").toFile(), this);
		Files.writeString(directory.resolve("report.md"), markdown(), StandardCharsets.UTF_8);
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("# GridDesk benchmark, ").append(this.startedAt).append("\n\n");
		md.append("| setting | value |\n|---|---|\n");
		this.setup.forEach((name, value) -> md.append("| ").append(name).append(" | ").append(value).append(" |\n"));
		md.append("| tickets loaded | ").append(this.tickets).append(" (").append(format(this.loadSeconds))
			.append(" s to load) |\n");
		md.append("| database size | ").append(this.databaseBytes / (1024 * 1024)).append(" MiB (ticket table ")
			.append(this.ticketTableBytes / (1024 * 1024)).append(" MiB) |\n\n");
		md.append("## Result\n\n").append(table()).append('\n');
		md.append("## Targets (2 cores, app and database on one machine)\n\n| target | measured | verdict |\n|---|---|---|\n");
		for (Target target : this.targets) {
			md.append("| ").append(target.name()).append(" | ").append(target.measured()).append(" | ")
				.append(target.met() ? "met" : "MISSED").append(" |\n");
		}
		md.append("\n## Raw database (plain JDBC, the ceiling)\n\n");
		md.append("| transaction | connections | tx/s | p50 ms | p95 ms | p99 ms | errors |\n|---|---|---|---|---|---|---|\n");
		for (RawResult raw : List.of(this.rawInsert, this.rawAccept)) {
			md.append("| ").append(raw.name()).append(" | ").append(raw.connections()).append(" | ")
				.append(format(raw.perSecond())).append(" | ").append(format(raw.p50())).append(" | ")
				.append(format(raw.p95())).append(" | ").append(format(raw.p99())).append(" | ").append(raw.errors())
				.append(" |\n");
		}
		md.append("\n## Warm-up (mixed load, one Gatling run; the first step includes the sign-ins)\n\n");
		md.append("| seconds | all req/s | errors |\n|---|---|---|\n");
		for (WarmupStep step : this.warmup) {
			md.append("| ").append(step.from()).append("–").append(step.to()).append(" | ").append(format(step.allPerSecond()))
				.append(" | ").append(step.errors()).append(" |\n");
		}
		md.append("\n## Steady mixed load, every request\n\n").append(requests(this.steady));
		md.append("\n## Steady mixed load, database time by statement (pg_stat_statements)\n\n")
			.append(statements(this.steadyStatements));
		md.append("\n## Worker queue alone\n\n").append(requests(this.queueOnly));
		md.append("\n## Ticket page alone\n\n").append(requests(this.ticketPageOnly));
		md.append("\n## Submissions alone\n\n").append(requests(this.submitOnly));
		md.append("\n## Acceptances alone (from the queue, line after line)\n\n").append(requests(this.acceptOnly));
		if (!this.notInThisBuild.isEmpty()) {
			md.append("\n## Not in this build\n\nThese pages answered 404, so their operations were skipped: ")
				.append(String.join(", ", this.notInThisBuild)).append(".\n");
		}
		return md.toString();
	}

	/** The summary: one line per operation of the steady mixed load, then the ratios, memory and errors. */
	String table() {
		StringBuilder table = new StringBuilder();
		table.append("| operation | ok/s | p50 ms | p95 ms | p99 ms | errors |\n|---|---|---|---|---|---|\n");
		for (Operation operation : Operation.values()) {
			RequestStats stats = find(this.steady, operation);
			table.append("| ").append(operation.request).append(" | ").append(format(stats.okPerSecond())).append(" | ")
				.append(format(stats.p50())).append(" | ").append(format(stats.p95())).append(" | ")
				.append(format(stats.p99())).append(" | ").append(stats.errors()).append(" |\n");
		}
		table.append("\n| figure | value |\n|---|---|\n");
		table.append("| worker queue alone (spring-petclinic's owner list: about ").append(Benchmark.PETCLINIC_OWNER_LIST)
			.append(") | ").append(format(find(this.queueOnly, Operation.QUEUE).okPerSecond())).append(" req/s |\n");
		table.append("| ticket page alone (spring-petclinic's owner page: about ").append(Benchmark.PETCLINIC_OWNER_PAGE)
			.append(") | ").append(format(find(this.ticketPageOnly, Operation.TICKET_PAGE).okPerSecond()))
			.append(" req/s |\n");
		table.append("| raw insert (JDBC) | ").append(format(this.rawInsert.perSecond())).append(" tx/s |\n");
		table.append("| GridDesk submit alone | ").append(format(this.ratios.submitPerSecond())).append(" /s |\n");
		table.append("| **GridDesk submit ÷ raw insert** | ").append(percent(this.ratios.submitRatio())).append(" |\n");
		table.append("| raw accept (JDBC) | ").append(format(this.rawAccept.perSecond())).append(" tx/s |\n");
		table.append("| GridDesk accept alone (the queue's button) | ")
			.append(format(this.ratios.acceptPerSecond()))
			.append(" /s |\n");
		table.append("| **GridDesk accept ÷ raw accept** | ").append(percent(this.ratios.acceptRatio())).append(" |\n");
		table.append("| mixed: worker queue views with nothing to accept (their loop then skips the ticket) | ")
			.append(nothingToAccept()).append(" |\n");
		table.append("| dashboard p95 at ").append(this.tickets).append(" tickets | ")
			.append(format(find(this.steady, Operation.DASHBOARD).p95())).append(" ms |\n");
		table.append("| heap in use, peak per node (live after GC) | ").append(megabytes(this.memory.heapPeakMegabytes()))
			.append(" (").append(megabytes(this.memory.heapLiveMegabytes())).append(") |\n");
		table.append("| process RSS, max per node | ").append(megabytes(this.memory.rssMaxMegabytes())).append(" |\n");
		table.append("| database size | ").append(this.databaseBytes / (1024 * 1024)).append(" MiB |\n");
		table.append("| errors (must be 0) | ").append(this.errors).append(" |\n");
		return table.toString();
	}

	/**
	 * A grid worker's loop in the mixed load opens the ticket page only when the queue offers a ticket, so the views
	 * without one are the difference. More than a few means workers ran out of intake, and the load was lighter than
	 * the mix it claims to be.
	 */
	String nothingToAccept() {
		long views = find(this.steady, Operation.QUEUE).total();
		long empty = Math.max(0, views - find(this.steady, Operation.TICKET_PAGE).total());
		return empty + " of " + views + (views == 0 ? "" : " (" + percent((double) empty / views) + ")");
	}

	private static String requests(List<RequestStats> stats) {
		StringBuilder md = new StringBuilder(
				"| request | count | ok/s | p50 ms | p95 ms | p99 ms | max ms | errors |\n|---|---|---|---|---|---|---|---|\n");
		for (RequestStats stat : stats) {
			md.append("| ").append(stat.name()).append(" | ").append(stat.total()).append(" | ")
				.append(format(stat.okPerSecond())).append(" | ").append(format(stat.p50())).append(" | ")
				.append(format(stat.p95())).append(" | ").append(format(stat.p99())).append(" | ")
				.append(format(stat.max())).append(" | ").append(stat.errors()).append(" |\n");
		}
		return md.toString();
	}

	private static String statements(List<StatementTime> statements) {
		if (statements.isEmpty()) {
			return "Not measured: the database has no pg_stat_statements (the benchmark's own databases load it).\n";
		}
		StringBuilder md = new StringBuilder("| calls | total ms | ms per call | rows | statement |\n|---|---|---|---|---|\n");
		for (StatementTime statement : statements) {
			String query = statement.query().length() > MAX_STATEMENT ? statement.query().substring(0, MAX_STATEMENT) + " …"
					: statement.query();
			md.append("| ").append(statement.calls()).append(" | ").append(format(statement.totalMilliseconds()))
				.append(" | ").append(String.format(Locale.ROOT, "%.3f", statement.millisecondsPerCall())).append(" | ")
				.append(statement.rows()).append(" | `").append(query.replace("|", "\\|").replace("`", "'"))
				.append("` |\n");
		}
		return md.toString();
	}

	private static String megabytes(List<Double> values) {
		return String.join(" / ", values.stream().map(value -> format(value) + " MiB").toList());
	}

	static String format(double value) {
		return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
	}

	private static String percent(double ratio) {
		return String.format(Locale.ROOT, "%.1f %%", ratio * 100);
	}

	/** One step of the warm-up curve: successful responses a second, and failed ones, over a slice of it. */
	record WarmupStep(int from, int to, double allPerSecond, long errors) {
	}

	/** The full stack beside the raw database, each write measured alone. */
	record Ratios(double submitPerSecond, double submitRatio, double acceptPerSecond, double acceptRatio) {
	}

	/** Per node, in MiB: peak heap in use, largest live set after a collection, peak resident set of the process. */
	record Memory(List<Double> heapPeakMegabytes, List<Double> heapLiveMegabytes, List<Double> rssMaxMegabytes) {
	}

	/** One of the targets for this machine class, informational: the smoke test asserts none of them. */
	record Target(String name, String measured, boolean met) {
	}

}
