package org.griddesk.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on the test PostgreSQL with the demo district loaded, and a MockMvc to call it. Every test class using it shares one
 * Spring context; tests create their own tickets and must not depend on what other tests left behind.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "griddesk.demo-data=true", "griddesk.demo-tickets=false",
		// the test PostgreSQL stops before the cached contexts close: do not wait long for it at exit
		"spring.datasource.hikari.connection-timeout=2000", "griddesk.dashboard.cache=0s" })
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
public @interface IntegrationTest {

}
