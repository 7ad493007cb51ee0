package org.griddesk.system;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session is written back when it changed, or when its recorded last access is a minute old; not on every view. Its
 * attributes survive concurrent requests.
 */
@IntegrationTest
class SessionWritesIntegrationTests {

	SessionRepository<Session> sessions;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> indexed;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void setSessions(JdbcIndexedSessionRepository sessions) {
		// its session class is not public: the test works through the interface
		this.sessions = (SessionRepository) sessions;
	}

	@Test
	void aPageViewWithinTheMinuteLeavesTheRowAloneALaterOneRecordsItsAccess() {
		Session session = this.sessions.createSession();
		Instant start = Instant.now().minus(Duration.ofMinutes(10));
		session.setLastAccessedTime(start);
		this.sessions.save(session);
		assertThat(recordedAccess(session.getId())).isEqualTo(start.toEpochMilli());

		Session again = this.sessions.findById(session.getId());
		again.setLastAccessedTime(start.plusSeconds(30));
		this.sessions.save(again);
		assertThat(recordedAccess(session.getId())).isEqualTo(start.toEpochMilli());

		Session later = this.sessions.findById(session.getId());
		later.setLastAccessedTime(start.plusSeconds(61));
		this.sessions.save(later);
		assertThat(recordedAccess(session.getId())).isEqualTo(start.plusSeconds(61).toEpochMilli());
	}

	@Test
	void aNewIdOrAnAttributeIsWrittenAtOnce() {
		Session session = this.sessions.createSession();
		Instant start = Instant.now().minus(Duration.ofMinutes(10));
		session.setLastAccessedTime(start);
		this.sessions.save(session);

		Session signedIn = this.sessions.findById(session.getId());
		signedIn.setLastAccessedTime(start.plusSeconds(5));
		String newId = signedIn.changeSessionId();
		signedIn.setAttribute("griddesk.test", "kept");
		this.sessions.save(signedIn);

		assertThat(this.sessions.findById(session.getId())).isNull();
		Session found = this.sessions.findById(newId);
		assertThat(found).isNotNull();
		assertThat((String) found.getAttribute("griddesk.test")).isEqualTo("kept");
		assertThat(recordedAccess(newId)).isEqualTo(start.plusSeconds(5).toEpochMilli());
	}

	@Test
	void twoRequestsOfASessionAddingTheSameAttributeBothSaveTheLastOneWins() {
		Session session = this.sessions.createSession();
		this.sessions.save(session);
		Session first = this.sessions.findById(session.getId());
		Session second = this.sessions.findById(session.getId());
		first.setAttribute("griddesk.test", "first");
		second.setAttribute("griddesk.test", "second");

		this.sessions.save(first);
		this.sessions.save(second);

		assertThat((String) this.sessions.findById(session.getId()).getAttribute("griddesk.test")).isEqualTo("second");
	}

	@Test
	void aSignedInSessionIsFoundByItsUsersName() {
		Session session = this.sessions.createSession();
		SecurityContext signedIn = new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated("session-index-test", null, List.of()));
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, signedIn);
		this.sessions.save(session);
		Session anonymous = this.sessions.createSession();
		this.sessions.save(anonymous);

		assertThat(this.indexed.findByPrincipalName("session-index-test")).containsOnlyKeys(session.getId());
		assertThat(this.jdbc.queryForObject("SELECT principal_name FROM spring_session WHERE session_id = ?",
				String.class, anonymous.getId())).isNull();
	}

	@Test
	void sessionsAreReadAndWrittenInAutoCommitEveryoneElseKeepsTheJpaTransactionTemplate() {
		assertThat(this.context.getBean("springSessionTransactionOperations"))
			.isSameAs(TransactionOperations.withoutTransaction());
		assertThat(this.context.getBean(TransactionOperations.class)).isInstanceOf(TransactionTemplate.class);
	}

	private long recordedAccess(String sessionId) {
		return this.jdbc.queryForObject("SELECT last_access_time FROM spring_session WHERE session_id = ?", Long.class,
				sessionId);
	}

}
