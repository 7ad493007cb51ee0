package org.griddesk.system;

import java.time.Duration;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sessions live in PostgreSQL so that any node can serve any request. Spring Session reads the session at the start
 * of every request and writes its last-access time back at the end; two changes keep that cheap.
 * <ul>
 * <li>The write leaves the row alone unless the session changed (id, timeout, principal) or its recorded last access
 * is {@link #ACCESS_PRECISION} old: a session then expires at most that much before its full idle timeout, and a
 * page view no longer writes a new row version with three index entries.</li>
 * <li>Both run in auto-commit rather than in a transaction (through JPA, as Spring Boot sets it up, that opened a
 * Hibernate session for each). The read is one statement; a write is one statement for the session row and one per
 * changed attribute, each atomic by itself. A failure between them can only leave a session that lacks an attribute
 * written with it, which costs its user a new sign-in or a resubmitted form, never data: a fair price for two round
 * trips and two transaction set-ups less on every request.</li>
 * <li>The principal name the write carries is read off the security context directly; Spring Session's own resolver
 * evaluated a SpEL expression for it on every request.</li>
 * </ul>
 * Requests of one session run concurrently (two tabs, a page and its htmx calls), and each writes back the attributes
 * it added. After sign-in every page adds a fresh CSRF token, so the first pages opened together each inserted one and
 * all but the first failed on the attribute's primary key with a 500: attributes are upserted instead, the last write
 * winning as it does for attributes that already existed.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	static final Duration ACCESS_PRECISION = Duration.ofMinutes(1);

	/** Spring Session's update statement, with the same parameters, skipping rows with nothing worth writing. */
	static final String UPDATE_SESSION_QUERY = """
			UPDATE %%TABLE_NAME%% AS s
			SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
			    MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
			    PRINCIPAL_NAME = v.principal_name
			FROM (SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access_time,
			             CAST(? AS INT) AS max_inactive_interval, CAST(? AS BIGINT) AS expiry_time,
			             CAST(? AS VARCHAR(100)) AS principal_name, CAST(? AS CHAR(36)) AS primary_id) AS v
			WHERE s.PRIMARY_ID = v.primary_id
			  AND (s.SESSION_ID <> v.session_id OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
			       OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
			       OR v.last_access_time - s.LAST_ACCESS_TIME >= %d)
			""".formatted(ACCESS_PRECISION.toMillis());

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionWritesOnlyWhatChanged() {
		return sessions -> {
			sessions.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
			sessions.setIndexResolver(new PrincipalNames());
		};
	}

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpserted() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/** Only Spring Session asks for it by name; everything else keeps the JPA transaction template. */
	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations() {
		return TransactionOperations.withoutTransaction();
	}

	/** The name {@code findByPrincipalName} finds a session by: set explicitly, or that of the signed-in user. */
	static final class PrincipalNames implements IndexResolver<Session> {

		@Override
		public Map<String, String> resolveIndexesFor(Session session) {
			String name = session.getAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME);
			if (name == null) {
				SecurityContext context = session
					.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
				Authentication authentication = context == null ? null : context.getAuthentication();
				name = authentication == null ? null : authentication.getName();
			}
			return name == null ? Map.of() : Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, name);
		}

	}

}
