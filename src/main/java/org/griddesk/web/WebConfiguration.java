package org.griddesk.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Chinese by default; {@code ?lang=en} switches to English and a cookie remembers the choice. Page links stay out
 * of the static resource chain. Errors end on the application's own pages.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("griddesk-lang");
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/**
	 * Links in pages are not rewritten by the resource chain. With the WebJars locator on the classpath Boot adds
	 * ResourceUrlEncodingFilter, which looks every link a page renders ({@code /tickets/42} too) up as a static
	 * resource in every jar of the classpath, and remembers only hits: the benchmark found 60% of a page's CPU there.
	 * WebJars keep working by their version-less URLs, which the resource chain resolves when it serves them.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * The error pages in {@code templates/error/} for everything that fails outside a controller (a URL nobody maps,
	 * a request Spring Security refuses). Boot registers this resolver only while no other exists, and the Open311 API
	 * has its own for its paths; without this bean every such page was Boot's bare fallback.
	 */
	@Bean
	DefaultErrorViewResolver conventionErrorViewResolver(ApplicationContext context, WebProperties web) {
		return new DefaultErrorViewResolver(context, web.getResources());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
