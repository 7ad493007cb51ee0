package org.griddesk.system;

import jakarta.persistence.EntityManagerFactory;
import org.griddesk.support.IntegrationTest;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Criteria queries (every Specification) keep their SQL translation between requests, as string queries do. */
@IntegrationTest
class QueryPlansIntegrationTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void criteriaQueryPlansAreCached() {
		assertThat(this.entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getSessionFactoryOptions()
			.isCriteriaPlanCacheEnabled()).isTrue();
	}

}
