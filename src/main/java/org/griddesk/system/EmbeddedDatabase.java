package org.griddesk.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server running from a folder of the checkout. A lock file next to the data keeps a second GridDesk
 * from starting on the same cluster, which would otherwise corrupt it.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	static final String USER = "postgres";

	static final String DATABASE = "griddesk";

	private final EmbeddedPostgres postgres;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private EmbeddedDatabase(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock) {
		this.postgres = postgres;
		this.lockChannel = lockChannel;
		this.lock = lock;
	}

	public static EmbeddedDatabase start(Path dataDirectory) throws IOException {
		Path absolute = dataDirectory.toAbsolutePath();
		Files.createDirectories(absolute.getParent());
		FileChannel channel = FileChannel.open(absolute.resolveSibling(absolute.getFileName() + ".lock"),
				StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			throw new EmbeddedDatabaseInUseException(absolute);
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(absolute)
				.setCleanDataDirectory(false)
				.setServerConfig("timezone", "UTC")
				.setServerConfig("max_connections", "100")
				.start();
			createDatabaseIfMissing(postgres);
			return new EmbeddedDatabase(postgres, channel, lock);
		}
		catch (IOException | RuntimeException ex) {
			lock.release();
			channel.close();
			throw ex;
		}
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet exists = statement
				.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
				if (!exists.next()) {
					statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the " + DATABASE + " database", ex);
		}
	}

	public EmbeddedPostgres postgres() {
		return this.postgres;
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
			this.lock.release();
			this.lockChannel.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
