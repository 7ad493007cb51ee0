package org.griddesk.system;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.griddesk.support.IntegrationTest;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.support.Repositories;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries keep their SQL translation between requests: criteria queries (every Specification) as string queries do,
 * and updates are written in SQL, since Hibernate translates a JPQL update or delete anew on every execution.
 */
@IntegrationTest
class QueryPlansIntegrationTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	ApplicationContext context;

	@Test
	void criteriaQueryPlansAreCached() {
		assertThat(this.entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getSessionFactoryOptions()
			.isCriteriaPlanCacheEnabled()).isTrue();
	}

	@Test
	void bulkUpdatesAreWrittenInSql() {
		Repositories repositories = new Repositories(this.context);
		List<String> modifying = new ArrayList<>();
		List<String> inJpql = new ArrayList<>();
		for (Class<?> domainType : repositories) {
			Class<?> repository = repositories.getRequiredRepositoryInformation(domainType).getRepositoryInterface();
			for (Method method : repository.getDeclaredMethods()) {
				Query query = method.getAnnotation(Query.class);
				if (query != null && method.isAnnotationPresent(Modifying.class)) {
					modifying.add(repository.getSimpleName() + "." + method.getName());
					if (!query.nativeQuery()) {
						inJpql.add(repository.getSimpleName() + "." + method.getName());
					}
				}
			}
		}
		assertThat(modifying).contains("TicketRepository.claim", "UrgeRepository.answer");
		assertThat(inJpql).isEmpty();
	}

}
