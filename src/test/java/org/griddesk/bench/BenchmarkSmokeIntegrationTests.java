package org.griddesk.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.griddesk.bench.Endpoints.Operation;
import org.griddesk.bench.LoadRun.RequestStats;
import org.griddesk.support.TestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark in smoke mode, so that it cannot rot: a tiny data set loaded by the benchmark's generator into a
 * database of its own (beside the test database, never in it), the raw database runs, and a few seconds of every
 * Gatling phase against GridDesk on a random port. It checks that every operation of this build ran and none failed;
 * it asserts nothing about speed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "griddesk.demo-data=false")
// no other test shares this context; closed at the JVM's exit instead, after the test database has stopped, its event
// registry waited 30 s for a connection to it and Surefire killed the fork
@DirtiesContext
class BenchmarkSmokeIntegrationTests {

	private static final String DATABASE = "griddesk_bench_smoke";

	private static final Pattern DATABASE_IN_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void benchDatabase(DynamicPropertyRegistry registry) throws SQLException {
		TestDatabase.Connection server = TestDatabase.get();
		String url = benchUrl(server);
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(),
				server.password()); Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
		}
		DataSet.migrate(url, server.username(), server.password());
		DataSet.load(url, server.username(), server.password(), 2_000);
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", server::username);
		registry.add("spring.datasource.password", server::password);
	}

	@Test
	void everyOperationOfThisBuildRunsWithoutErrors(@TempDir Path output) throws Exception {
		TestDatabase.Connection server = TestDatabase.get();

		BenchmarkReport report = Benchmark.run(BenchOptions.parse("--smoke", "--db", benchUrl(server), "--db-user",
				server.username(), "--db-password", server.password(), "--app-url", "http://localhost:" + this.port,
				"--app-pid", String.valueOf(ProcessHandle.current().pid()), "--out", output.toString()));

		assertThat(report.errors()).as("errors in %s", output.resolve("report.md")).isZero();
		assertThat(report.tickets()).isGreaterThanOrEqualTo(2_000);
		assertThat(report.rawInsert().transactions()).isPositive();
		assertThat(report.rawAccept().transactions()).isPositive();
		assertThat(report.warmup()).isNotEmpty().allSatisfy(step -> assertThat(step.allPerSecond()).isPositive());
		assertThat(report.steadyStatements()).as("database time by statement during the steady load")
			.isNotEmpty()
			.anySatisfy(statement -> assertThat(statement.query()).containsIgnoringCase("ticket"));
		assertThat(BenchmarkReport.find(report.queueOnly(), Operation.QUEUE).ok()).isPositive();
		assertThat(BenchmarkReport.find(report.ticketPageOnly(), Operation.TICKET_PAGE).ok()).isPositive();
		List<RequestStats> all = new ArrayList<>(report.steady());
		all.addAll(report.queueOnly());
		all.addAll(report.ticketPageOnly());
		all.addAll(report.submitOnly());
		all.addAll(report.acceptOnly());
		for (Operation operation : Operation.values()) {
			if (report.notInThisBuild().contains(operation.request)) {
				assertThat(Endpoints.NOT_YET_MERGED).contains(operation);
				continue;
			}
			long ran = all.stream().filter(stats -> stats.name().equals(operation.request)).mapToLong(RequestStats::ok).sum();
			assertThat(ran).as("successful '%s' requests", operation.request).isPositive();
		}
		assertThat(output.resolve("report.md")).exists();
		assertThat(output.resolve("report.json")).exists();
	}

	private static String benchUrl(TestDatabase.Connection server) {
		Matcher url = DATABASE_IN_URL.matcher(server.jdbcUrl());
		if (!url.matches()) {
			throw new IllegalStateException("Unexpected test database URL " + server.jdbcUrl());
		}
		return url.group(1) + DATABASE + url.group(3);
	}

}
