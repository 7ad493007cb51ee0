package org.griddesk.ticket;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets an upload over {@code spring.servlet.multipart}'s limits end on the 413 page instead of a bare server error.
 * Tomcat refuses such a body the first time anyone reads a parameter — usually the CSRF check — and from then on
 * every {@code getParameter} of that request throws, so neither the CSRF check, nor the locale switch, nor the error
 * page could run. This filter reads the parts first, after the character encoding is set and before Spring Security;
 * when they are too large the rest of the chain sees only the query parameters (the upload form sends its CSRF token
 * there too), and Spring MVC turns the refused parts into {@code MaxUploadSizeExceededException}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class OversizeUploadFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType == null || !contentType.toLowerCase().startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IllegalStateException refused) {
			chain.doFilter(new PartsRefused(request, refused), response);
			return;
		}
		chain.doFilter(request, response);
	}

	/** The request as it stands once its body was refused: query parameters only, and parts that say why not. */
	static final class PartsRefused extends HttpServletRequestWrapper {

		private final IllegalStateException refusal;

		private final Map<String, String[]> parameters;

		PartsRefused(HttpServletRequest request, IllegalStateException refusal) {
			super(request);
			this.refusal = refusal;
			this.parameters = Collections.unmodifiableMap(queryParameters(request.getQueryString()));
		}

		@Override
		public String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return values == null ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return this.parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = this.parameters.get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Collection<Part> getParts() {
			throw this.refusal;
		}

		@Override
		public Part getPart(String name) {
			throw this.refusal;
		}

		private static Map<String, String[]> queryParameters(String query) {
			Map<String, String[]> parameters = new LinkedHashMap<>();
			if (query == null || query.isEmpty()) {
				return parameters;
			}
			for (String pair : query.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int equals = pair.indexOf('=');
				String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
				String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
				String[] known = parameters.get(name);
				String[] values = known == null ? new String[1] : Arrays.copyOf(known, known.length + 1);
				values[values.length - 1] = value;
				parameters.put(name, values);
			}
			return parameters;
		}

	}

}
