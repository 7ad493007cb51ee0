package org.griddesk.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * One filter chain: URL areas by role; which rows a staff member sees inside an area is the services' business
 * (region scope). Pages satisfy a strict Content-Security-Policy: no inline scripts or styles.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; "
			+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/register", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
					"/favicon.svg", "/error", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
			.requestMatchers("/my/**").hasRole(Role.RESIDENT.name())
			.requestMatchers("/worker/**").hasRole(Role.GRID_WORKER.name())
			.requestMatchers("/command/**")
			.hasAnyRole(Role.COMMUNITY_STAFF.name(), Role.STREET_COMMANDER.name(), Role.DISTRICT_COMMANDER.name())
			.requestMatchers("/department/**").hasRole(Role.DEPARTMENT_STAFF.name())
			.requestMatchers("/ledger/**")
			.hasAnyRole(Role.GRID_WORKER.name(), Role.COMMUNITY_STAFF.name(), Role.STREET_COMMANDER.name(),
					Role.DISTRICT_COMMANDER.name())
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", true)
				.failureHandler(new LoginFailureHandler())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling(errors -> errors.accessDeniedHandler(new ExpiredFormHandler()))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(Accounts accounts) {
		return username -> {
			CurrentUser user = accounts.loadCurrentUser(username);
			if (user == null) {
				throw new UsernameNotFoundException(username);
			}
			return user;
		};
	}

	@Bean
	LoginAttempts loginAttempts(Accounts accounts) {
		return new LoginAttempts(accounts);
	}

	/** Feeds sign-in outcomes into the lock-out bookkeeping. */
	static class LoginAttempts {

		private final Accounts accounts;

		LoginAttempts(Accounts accounts) {
			this.accounts = accounts;
		}

		@EventListener
		void failed(AuthenticationFailureBadCredentialsEvent event) {
			this.accounts.recordFailedLogin(event.getAuthentication().getName());
		}

		@EventListener
		void succeeded(AuthenticationSuccessEvent event) {
			this.accounts.recordSuccessfulLogin(event.getAuthentication().getName());
		}

	}

}
