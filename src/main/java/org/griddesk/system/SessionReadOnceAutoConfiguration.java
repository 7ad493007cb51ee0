package org.griddesk.system;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Puts {@link SessionReadOnce} in front of the JDBC session repository. It is an auto-configuration, ordered after
 * Spring Boot's, because Boot sets up the JDBC repository only while no other session repository exists; Spring
 * Session's filter then takes the primary one.
 */
@AutoConfiguration(after = JdbcSessionAutoConfiguration.class)
@ConditionalOnBean(JdbcIndexedSessionRepository.class)
public class SessionReadOnceAutoConfiguration {

	@Bean
	@Primary
	@SuppressWarnings({ "unchecked", "rawtypes" })
	SessionReadOnce<Session> sessionReadOnce(JdbcIndexedSessionRepository sessionRepository) {
		// its session class is not public: the repository is taken through the interface
		return new SessionReadOnce<>((FindByIndexNameSessionRepository) sessionRepository);
	}

	@Bean
	FilterRegistrationBean<SessionReadOnce.RequestScope> sessionReadOnceScope() {
		FilterRegistrationBean<SessionReadOnce.RequestScope> registration = new FilterRegistrationBean<>(
				new SessionReadOnce.RequestScope());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

}
