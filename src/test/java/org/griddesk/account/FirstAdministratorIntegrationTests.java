package org.griddesk.account;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.griddesk.GridDeskApplication;
import org.griddesk.region.RegionView;
import org.griddesk.region.Regions;
import org.griddesk.support.TestDatabase;
import org.griddesk.web.ConflictException;
import org.griddesk.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * An installation on its own, empty database: GridDesk starts on a fresh database of the test server, without demo
 * data, the way an operator runs it against an external PostgreSQL.
 */
class FirstAdministratorIntegrationTests {

	private static final String PASSWORD = "Start2025go";

	@Test
	void emptyInstallationGetsAnAdministratorInANewDistrict() throws Exception {
		try (FreshDatabase database = FreshDatabase.create();
				ConfigurableApplicationContext app = start(database, "griddesk.bootstrap-admin.password=" + PASSWORD,
						"griddesk.bootstrap-admin.district-name=测试区")) {
			Regions regions = app.getBean(Regions.class);
			RegionView district = regions.district();
			assertThat(district.name()).isEqualTo("测试区");
			assertThat(regions.tree()).hasSize(1);
			CurrentUser admin = (CurrentUser) app.getBean(UserDetailsService.class).loadUserByUsername("admin");
			assertThat(admin.role()).isEqualTo(Role.ADMIN);
			assertThat(admin.regionIds()).containsExactly(district.id());
			MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app).apply(springSecurity()).build();
			mvc.perform(formLogin().user("admin").password(PASSWORD)).andExpect(redirectedUrl("/"));

			Accounts accounts = app.getBean(Accounts.class);
			assertThat(accounts.bootstrapAdministrator("Another2025go", "OTHER", "别的区")).isFalse();
			mvc.perform(formLogin().user("admin").password(PASSWORD)).andExpect(redirectedUrl("/"));
			assertThatThrownBy(() -> accounts.setEnabled(admin.id(), false)).isInstanceOf(ConflictException.class);
		}
	}

	@Test
	void existingTreeWithoutAdministratorKeepsItsDistrictAndWeakPasswordsAreRefused() throws Exception {
		try (FreshDatabase database = FreshDatabase.create()) {
			database.migrateWithDistrict("JG", "鸡冠区");
			try (ConfigurableApplicationContext app = start(database)) {
				Accounts accounts = app.getBean(Accounts.class);
				UserDetailsService users = app.getBean(UserDetailsService.class);
				assertThatThrownBy(() -> users.loadUserByUsername("admin")).isNotNull();
				assertThatThrownBy(() -> new FirstAdministrator(accounts, "password1", "D", "区").createIfNone())
					.isInstanceOf(IllegalStateException.class)
					.hasMessageContaining("griddesk.bootstrap-admin.password");
				assertThatThrownBy(() -> accounts.bootstrapAdministrator("admin2025x", "D", "区"))
					.isInstanceOf(InvalidInputException.class);

				new FirstAdministrator(accounts, PASSWORD, "D", "区").createIfNone();

				Regions regions = app.getBean(Regions.class);
				assertThat(regions.tree()).extracting(RegionView::code).containsExactly("JG");
				CurrentUser admin = (CurrentUser) users.loadUserByUsername("admin");
				assertThat(admin.regionIds()).containsExactly(regions.findByCode("JG").id());
			}
		}
	}

	private static ConfigurableApplicationContext start(FreshDatabase database, String... properties) {
		return new SpringApplicationBuilder(GridDeskApplication.class)
			.properties("spring.datasource.url=" + database.url(),
					"spring.datasource.username=" + database.username(),
					"spring.datasource.password=" + database.password(), "griddesk.demo-data=false",
					"griddesk.embedded-db.enabled=false", "server.port=0", "spring.main.banner-mode=off")
			.properties(properties)
			.run();
	}

	/** A database of its own on the run's PostgreSQL server, dropped afterwards. */
	private record FreshDatabase(String name, String url, String username, String password) implements AutoCloseable {

		private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");

		static FreshDatabase create() throws SQLException {
			TestDatabase.Connection server = TestDatabase.get();
			String name = "griddesk_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
				.toLowerCase(Locale.ROOT);
			execute(server, "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
			Matcher url = DATABASE_IN_URL.matcher(server.jdbcUrl());
			if (!url.matches()) {
				throw new IllegalStateException("Unexpected JDBC URL " + server.jdbcUrl());
			}
			return new FreshDatabase(name, url.group(1) + name + url.group(3), server.username(), server.password());
		}

		void migrateWithDistrict(String code, String name) throws SQLException {
			Flyway.configure().dataSource(this.url, this.username, this.password).locations("classpath:db/migration")
				.load()
				.migrate();
			try (Connection connection = DriverManager.getConnection(this.url, this.username, this.password);
					Statement statement = connection.createStatement()) {
				statement.execute("INSERT INTO region (level, code, name, path) VALUES ('DISTRICT', '" + code + "', '"
						+ name + "', '/new/')");
				statement.execute("UPDATE region SET path = '/' || id || '/' WHERE code = '" + code + "'");
			}
		}

		@Override
		public void close() throws SQLException {
			execute(TestDatabase.get(), "DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
		}

		private static void execute(TestDatabase.Connection server, String sql) throws SQLException {
			try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(),
					server.password()); Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}

	}

}
