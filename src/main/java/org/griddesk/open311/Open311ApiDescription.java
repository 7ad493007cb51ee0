package org.griddesk.open311;

import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and introduction of the OpenAPI description springdoc builds from {@link Open311Controller}. */
@Configuration(proxyBeanMethods = false)
class Open311ApiDescription {

	@Bean
	OpenAPI open311OpenApi() {
		return new OpenAPI()
			.info(new Info().title("GridDesk Open311 GeoReport v2 API")
				.version("v2")
				.description("File and follow GridDesk tickets from civic apps, mini-program back ends and hotline "
						+ "systems. Every resource answers in XML (.xml) and JSON (.json); the suffix decides. POST "
						+ "needs an api_key issued at /admin/api-keys (demo: griddesk-demo-key); GET may be anonymous. "
						+ "Errors are the spec's list of {code, description} with HTTP 400, 403, 404 or 429."))
			.externalDocs(new ExternalDocumentation().description("GeoReport v2 specification")
				.url(ServiceList.SPECIFICATION));
	}

}
