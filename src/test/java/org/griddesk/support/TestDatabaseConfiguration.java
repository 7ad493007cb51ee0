package org.griddesk.support;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Points every test context at the run's one PostgreSQL (see {@link TestDatabase}). */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	JdbcConnectionDetails testDatabaseConnectionDetails() {
		TestDatabase.Connection connection = TestDatabase.get();
		return new JdbcConnectionDetails() {
			@Override
			public String getJdbcUrl() {
				return connection.jdbcUrl();
			}

			@Override
			public String getUsername() {
				return connection.username();
			}

			@Override
			public String getPassword() {
				return connection.password();
			}
		};
	}

}
