package org.griddesk.system;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's filter reads a request's session from the database twice whenever the response is committed before
 * the request ends, which is every rendered page (the template engine flushes its output) and every redirect: the
 * commit saves the session and forgets it, and the filter's final save looks it up again only to compare its id
 * (spring-projects/spring-session#1731). Within one request this repository answers that lookup with the session the
 * request has just saved, so that a page costs one session read instead of two. Outside a request (a test, a job) it
 * only delegates.
 */
final class SessionReadOnce<S extends Session> implements FindByIndexNameSessionRepository<S> {

	/** The session saved during the current request, if any; present only while {@link RequestScope} runs. */
	private static final ThreadLocal<Session[]> SAVED = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<S> sessions;

	SessionReadOnce(FindByIndexNameSessionRepository<S> sessions) {
		this.sessions = sessions;
	}

	@Override
	public S createSession() {
		return this.sessions.createSession();
	}

	@Override
	public void save(S session) {
		this.sessions.save(session);
		Session[] saved = SAVED.get();
		if (saved != null) {
			saved[0] = session;
		}
	}

	@Override
	@SuppressWarnings("unchecked")
	public S findById(String id) {
		Session[] saved = SAVED.get();
		if (saved != null && saved[0] != null && saved[0].getId().equals(id) && !saved[0].isExpired()) {
			return (S) saved[0];
		}
		return this.sessions.findById(id);
	}

	@Override
	public void deleteById(String id) {
		Session[] saved = SAVED.get();
		if (saved != null && saved[0] != null && saved[0].getId().equals(id)) {
			saved[0] = null;
		}
		this.sessions.deleteById(id);
	}

	@Override
	public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.sessions.findByIndexNameAndIndexValue(indexName, indexValue);
	}

	/** Bounds the memory of a saved session to one request; it runs just outside Spring Session's filter. */
	static final class RequestScope implements Filter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			Session[] outer = SAVED.get();
			SAVED.set(new Session[1]);
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (outer == null) {
					SAVED.remove();
				}
				else {
					SAVED.set(outer);
				}
			}
		}

	}

}
