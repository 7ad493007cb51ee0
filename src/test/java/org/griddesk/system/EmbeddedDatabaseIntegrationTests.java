package org.griddesk.system;

import java.nio.file.Path;

import org.griddesk.GridDeskApplication;
import org.griddesk.region.RegionView;
import org.griddesk.region.Regions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code ./mvnw spring-boot:run} mode: GridDesk on its own embedded PostgreSQL, whose data survives a restart,
 * and which a second copy cannot start on at the same time.
 */
class EmbeddedDatabaseIntegrationTests {

	@TempDir
	Path folder;

	@Test
	void dataWrittenInOneRunIsThereAfterARestart() {
		Path data = this.folder.resolve("pgdata");
		Long added;
		try (ConfigurableApplicationContext first = start(data)) {
			Regions regions = first.getBean(Regions.class);
			assertThat(regions.findByCode("HQ-G1").name()).isEqualTo("第一网格");
			added = regions.create(regions.findByCode("HQ").id(), "HQ-G9", "重启测试网格").id();
		}
		try (ConfigurableApplicationContext second = start(data)) {
			RegionView kept = second.getBean(Regions.class).get(added);
			assertThat(kept.name()).isEqualTo("重启测试网格");
			assertThat(second.getBean(Regions.class).children(kept.parentId())).hasSize(4);
		}
	}

	@Test
	void aSecondCopyOnTheSameDataIsRefusedWithAClearMessage() throws Exception {
		Path data = this.folder.resolve("pgdata");
		try (EmbeddedDatabase running = EmbeddedDatabase.start(data)) {
			assertThat(running.postgres().getPort()).isPositive();
			assertThatThrownBy(() -> EmbeddedDatabase.start(data)).isInstanceOf(EmbeddedDatabaseInUseException.class)
				.hasMessageContaining("Another GridDesk is already running");
		}
		try (EmbeddedDatabase again = EmbeddedDatabase.start(data)) {
			assertThat(again.postgres().getPort()).isPositive();
		}
	}

	private ConfigurableApplicationContext start(Path data) {
		return new SpringApplicationBuilder(GridDeskApplication.class).web(WebApplicationType.SERVLET)
			.run("--griddesk.embedded-db.data-dir=" + data, "--griddesk.demo-tickets=false",
					"--spring.main.banner-mode=off", "--server.port=0");
	}

}
