package org.griddesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A fresh PostgreSQL for one benchmark run: the same embedded server (real PostgreSQL binaries from Maven Central)
 * the project runs on, in a new data folder, with room for the connections of two nodes and the raw benchmark. By
 * default commits do not wait for the disk flush (synchronous_commit off, fsync still on): on a machine whose disk
 * takes milliseconds to flush, waiting would measure the disk, not GridDesk's cost beside the database's.
 */
public final class BenchDatabase implements AutoCloseable {

	static final String USER = "postgres";

	static final String DATABASE = "griddesk";

	private final EmbeddedPostgres postgres;

	private BenchDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static BenchDatabase start(Path dataDirectory, boolean synchronousCommit) throws IOException, SQLException {
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory.toAbsolutePath())
			.setCleanDataDirectory(true)
			.setServerConfig("timezone", "UTC")
			.setServerConfig("max_connections", "200")
			.setServerConfig("shared_buffers", "1GB")
			.setServerConfig("effective_cache_size", "4GB")
			.setServerConfig("work_mem", "16MB")
			.setServerConfig("maintenance_work_mem", "512MB")
			.setServerConfig("max_wal_size", "4GB")
			.setServerConfig("checkpoint_timeout", "15min")
			.setServerConfig("synchronous_commit", synchronousCommit ? "on" : "off")
			// per-statement counts and times, for finding out where a run's database time goes (bench/README.md)
			.setServerConfig("shared_preload_libraries", "pg_stat_statements")
			.start();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
		}
		try (Connection connection = postgres.getDatabase(USER, DATABASE).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE EXTENSION pg_stat_statements");
		}
		return new BenchDatabase(postgres);
	}

	/**
	 * Runs a fresh bench database (its folder is emptied first) until the process is stopped, for runs that keep the data (several
	 * {@code bench/run.sh --db …} in a row, or a look at query plans with psql afterwards). Prints its JDBC URL.
	 */
	public static void main(String[] args) throws Exception {
		Path directory = Path.of(args.length > 0 ? args[0] : "target/bench/pgdata-kept");
		BenchDatabase database = start(directory, args.length > 1 && args[1].equals("sync-commit"));
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				database.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}, "bench-database-stop"));
		System.out.println("[bench] database ready: " + database.jdbcUrl());
		Thread.currentThread().join();
	}

	String jdbcUrl() {
		return this.postgres.getJdbcUrl(USER, DATABASE);
	}

	@Override
	public void close() throws IOException {
		this.postgres.close();
	}

}
