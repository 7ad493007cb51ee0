package org.griddesk.system;

import ch.qos.logback.classic.LoggerContext;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request timings are observed; Spring Security's per-filter traces and the log-event counter, which nothing reads
 * and which cost every page, are not.
 */
@IntegrationTest
class ObservationsIntegrationTests {

	@Autowired
	ObservationRegistry registry;

	@Test
	void securityFiltersAreNotTracedRequestsAreTimed() {
		assertThat(Observation.createNotStarted("spring.security.filterchains", this.registry).isNoop()).isTrue();
		assertThat(Observation.createNotStarted("http.server.requests", this.registry).isNoop()).isFalse();
	}

	@Test
	void loggerChecksPassNoTurboFilter() {
		LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
		assertThat(logging.getTurboFilterList()).isEmpty();
	}

}
