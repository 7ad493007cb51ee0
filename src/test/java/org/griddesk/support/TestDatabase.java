package org.griddesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL of a test run: a Testcontainers container where a Docker engine answers, otherwise an embedded
 * server. Started on first use and shared by every Spring context of the JVM; the same Flyway migrations run on it.
 */
public final class TestDatabase {

	/** Same major version as docker-compose.yml and the embedded binaries in the pom. */
	static final String IMAGE = "postgres:17-alpine";

	private static volatile Connection connection;

	private static EmbeddedPostgres embedded;

	private TestDatabase() {
	}

	public static Connection get() {
		if (connection == null) {
			synchronized (TestDatabase.class) {
				if (connection == null) {
					connection = dockerAvailable() ? startContainer() : startEmbedded();
				}
			}
		}
		return connection;
	}

	/**
	 * Stops the embedded server once every test has run (see {@link TestDatabaseShutdown}); stopping it from a JVM
	 * shutdown hook raced Spring's own hook closing the cached contexts and stalled the JVM's exit.
	 */
	static synchronized void stop() {
		if (embedded != null) {
			try {
				embedded.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			embedded = null;
		}
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@SuppressWarnings("resource")
	private static Connection startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer(IMAGE).withDatabaseName("griddesk")
			.withCommand("postgres", "-c", "fsync=off", "-c", "shared_preload_libraries=pg_stat_statements");
		container.start();
		return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	private static Connection startEmbedded() {
		try {
			Path dataDirectory = Files.createTempDirectory("griddesk-test-pg");
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(true)
				.setRegisterShutdownHook(false)
				.setServerConfig("timezone", "UTC")
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				.setServerConfig("max_connections", "200")
				// the benchmark's smoke run reports database time by statement, as a full run does
				.setServerConfig("shared_preload_libraries", "pg_stat_statements")
				.start();
			embedded = postgres;
			return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", ex);
		}
	}

	public record Connection(String jdbcUrl, String username, String password) {
	}

}
