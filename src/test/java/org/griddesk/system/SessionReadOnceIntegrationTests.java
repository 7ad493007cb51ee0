package org.griddesk.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page read with its session in PostgreSQL reads the session once, although Spring Session's filter commits it
 * twice (once when the page's output is flushed, once at the end).
 */
@IntegrationTest
class SessionReadOnceIntegrationTests {

	@Autowired
	SessionRepository<? extends Session> primary;

	SessionReads reads;

	@Autowired
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void setSessions(JdbcIndexedSessionRepository sessions) {
		this.reads = new SessionReads((FindByIndexNameSessionRepository) sessions);
	}

	@Test
	void springSessionsFilterTakesTheSessionRepositoryThatReadsOnce() {
		assertThat(this.primary).isInstanceOf(SessionReadOnce.class);
	}

	@Test
	void aRenderedPageReadsItsSessionOnce() throws Exception {
		String id = signedInSession();
		SessionRepositoryFilter<Session> sessions = new SessionRepositoryFilter<>(new SessionReadOnce<>(this.reads));

		view(id, new SessionReadOnce.RequestScope(), sessions);

		assertThat(this.reads.count).hasValue(1);
	}

	@Test
	void withoutTheRequestScopeSpringSessionReadsItTwice() throws Exception {
		String id = signedInSession();
		SessionRepositoryFilter<Session> sessions = new SessionRepositoryFilter<>(new SessionReadOnce<>(this.reads));

		view(id, sessions);

		assertThat(this.reads.count).hasValue(2);
	}

	@Test
	void withinARequestASessionSavedAndThenDeletedIsGone() throws Exception {
		SessionReadOnce<Session> sessions = new SessionReadOnce<>(this.reads);
		Session[] found = new Session[2];
		HttpServlet signOut = new HttpServlet() {

			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response) {
				Session session = sessions.createSession();
				sessions.save(session);
				found[0] = sessions.findById(session.getId());
				sessions.deleteById(session.getId());
				found[1] = sessions.findById(session.getId());
			}

		};

		new MockFilterChain(signOut, new SessionReadOnce.RequestScope())
			.doFilter(new MockHttpServletRequest("POST", "/logout"), new MockHttpServletResponse());

		assertThat(found[0]).isNotNull();
		assertThat(found[1]).isNull();
		assertThat(this.reads.count).as("the saved session came from memory, the deleted one from the database")
			.hasValue(1);
	}

	private void view(String id, Filter... filters) throws Exception {
		HttpServlet page = new HttpServlet() {

			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response)
					throws IOException {
				request.getSession().setAttribute("viewed", true);
				response.getWriter().write("<html>page</html>");
				response.flushBuffer();
			}

		};
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/page");
		request.setCookies(new Cookie("SESSION", Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8))));
		MockHttpServletResponse response = new MockHttpServletResponse();
		new MockFilterChain(page, filters).doFilter(request, response);
		assertThat(response.getContentAsString()).isEqualTo("<html>page</html>");
	}

	private String signedInSession() {
		Session session = this.reads.createSession();
		session.setAttribute("user", "worker");
		this.reads.save(session);
		this.reads.count.set(0);
		return session.getId();
	}

	/** The JDBC repository, counting how often a session is read from the database. */
	static final class SessionReads implements FindByIndexNameSessionRepository<Session> {

		final AtomicInteger count = new AtomicInteger();

		private final FindByIndexNameSessionRepository<Session> sessions;

		SessionReads(FindByIndexNameSessionRepository<Session> sessions) {
			this.sessions = sessions;
		}

		@Override
		public Session createSession() {
			return this.sessions.createSession();
		}

		@Override
		public void save(Session session) {
			this.sessions.save(session);
		}

		@Override
		public Session findById(String id) {
			this.count.incrementAndGet();
			return this.sessions.findById(id);
		}

		@Override
		public void deleteById(String id) {
			this.sessions.deleteById(id);
		}

		@Override
		public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return this.sessions.findByIndexNameAndIndexValue(indexName, indexValue);
		}

	}

}
