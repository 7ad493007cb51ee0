package org.griddesk.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.griddesk.region.Regions;
import org.griddesk.system.EmbeddedDatabase;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads the demo district on the first start. On by default with the embedded database; against an external
 * database only with {@code griddesk.demo-data=true}. A database that already has a district is left alone.
 */
@Component
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final List<DemoStep> steps;

	private final Regions regions;

	private final boolean enabled;

	DemoData(List<DemoStep> steps, Regions regions, Environment environment,
			ObjectProvider<EmbeddedDatabase> embeddedDatabase) {
		this.steps = steps;
		this.regions = regions;
		this.enabled = environment.getProperty("griddesk.demo-data", Boolean.class,
				embeddedDatabase.getIfAvailable() != null);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || !this.regions.tree().isEmpty()) {
			return;
		}
		log.info("Loading the demo district");
		this.steps.forEach(DemoStep::load);
		log.info("Demo district loaded: sign in as resident, worker, community, street, district, department "
				+ "or admin with password griddesk");
	}

}
