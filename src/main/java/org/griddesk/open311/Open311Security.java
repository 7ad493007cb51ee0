package org.griddesk.open311;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The API's own filter chain, ahead of the application's: stateless, no session, no CSRF (no cookies to forge with),
 * no sign-in form. Spring Security lets every request through; the API key is the API's business
 * ({@link ApiKeyGate}): POST needs one, GET may be anonymous as the spec says. The OpenAPI description and its
 * Swagger UI are public too. Browsers of other origins may call the API (CORS, without credentials).
 */
@Configuration(proxyBeanMethods = false)
class Open311Security {

	private static final RequestMatcher SWAGGER_UI = PathPatternRequestMatcher.withDefaults()
		.matcher("/swagger-ui/**");

	private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

	/** Swagger UI's bundle sets inline styles; it gets no inline scripts all the same. */
	private static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@Bean
	@Order(1)
	SecurityFilterChain open311FilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/open311", "/open311/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
				"/swagger-ui.html")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.cors(cors -> cors.configurationSource(corsConfiguration()))
			.headers(headers -> headers.frameOptions(frame -> frame.deny())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
						new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
						new ContentSecurityPolicyHeaderWriter(API_POLICY))));
		return http.build();
	}

	/**
	 * A URL the firewall refuses (a {@code ;}, an encoded slash) is answered like any other refusal of the API, in
	 * its error list; elsewhere the default (a plain 400).
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler(MessageSource messages) {
		HttpStatusRequestRejectedHandler fallback = new HttpStatusRequestRejectedHandler();
		return (HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex) -> {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (!path.startsWith("/open311")) {
				fallback.handle(request, response, ex);
				return;
			}
			write(response, Format.ofPath(path), Open311Errors.error(messages, HttpStatus.BAD_REQUEST.value(),
					"open311.error.rejectedUrl", new Object[0], Locale.SIMPLIFIED_CHINESE));
		};
	}

	private static void write(HttpServletResponse response, Format format, Documents.Error error) throws IOException {
		byte[] body = Open311Writer.render(format, "errors", List.of(error));
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		response.setContentType(format.mediaType().toString());
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static UrlBasedCorsConfigurationSource corsConfiguration() {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.addAllowedOrigin("*");
		configuration.setAllowedMethods(List.of("GET", "POST"));
		configuration.addAllowedHeader("*");
		configuration.setAllowCredentials(false);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/open311/**", configuration);
		return source;
	}

}
