package org.griddesk.system;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts an embedded PostgreSQL for {@code ./mvnw spring-boot:run} when no {@code spring.datasource.url} is given.
 * It is an auto-configuration so that it backs off when a test supplies its own {@link JdbcConnectionDetails}.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@ConditionalOnBooleanProperty(name = "griddesk.embedded-db.enabled", matchIfMissing = true)
@Conditional(NoDataSourceUrlCondition.class)
public class EmbeddedDatabaseAutoConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(@Value("${griddesk.embedded-db.data-dir}") Path dataDirectory) throws IOException {
		return EmbeddedDatabase.start(dataDirectory);
	}

	@Bean
	JdbcConnectionDetails embeddedConnectionDetails(EmbeddedDatabase database) {
		EmbeddedPostgres postgres = database.postgres();
		return new JdbcConnectionDetails() {
			@Override
			public String getUsername() {
				return EmbeddedDatabase.USER;
			}

			@Override
			public String getPassword() {
				return EmbeddedDatabase.USER;
			}

			@Override
			public String getJdbcUrl() {
				return postgres.getJdbcUrl(EmbeddedDatabase.USER, EmbeddedDatabase.DATABASE);
			}
		};
	}

}
