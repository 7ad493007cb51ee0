package org.griddesk.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, for Selenium journeys in headless Chromium; all browser test classes share
 * one context. Extend {@link BrowserTestSupport} for the driver and sign-in helpers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "griddesk.demo-data=true", "griddesk.demo-tickets=false",
				"spring.datasource.hikari.connection-timeout=2000" })
@Import(TestDatabaseConfiguration.class)
public @interface BrowserTest {

}
