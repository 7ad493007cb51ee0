package org.griddesk.open311;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * GeoReport v2 under {@code /open311}: the suffix ({@code .xml} or {@code .json}) picks the format, whatever the
 * Accept header says. Parameters are read from the query string and the form body alike.
 */
@RestController
@RequestMapping("/open311")
@Tag(name = "Open311 GeoReport v2", description = "File and follow GridDesk tickets from other systems")
class Open311Controller {

	private static final String FORMAT = "{format:xml|json}";

	private final ServiceList services;

	private final ServiceRequests requests;

	Open311Controller(ServiceList services, ServiceRequests requests) {
		this.services = services;
		this.requests = requests;
	}

	@GetMapping({ "", "/", "/discovery." + FORMAT })
	@Operation(summary = "Service discovery", description = "Where the GeoReport v2 endpoint is, its formats, "
			+ "and the changeset that tells clients when to refresh cached service lists. /open311/ answers in XML.")
	@ApiResponse(responseCode = "200", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = Documents.Discovery.class)),
			@Content(mediaType = "text/xml", schema = @Schema(implementation = Documents.Discovery.class)) })
	ResponseEntity<byte[]> discovery(@PathVariable(required = false) String format,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		String endpoint = ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").toUriString();
		return Open311Writer.respond(HttpStatus.OK, Format.ofSuffix(format), "discovery",
				this.services.discovery(new Params(params), endpoint));
	}

	@GetMapping("/v2/services." + FORMAT)
	@Operation(summary = "GET Service List", description = "The responsibility list: one service per enabled "
			+ "category; service_code is the category code, group its kind.")
	@Parameter(name = "jurisdiction_id", in = ParameterIn.QUERY, description = "optional; GridDesk serves one")
	@ApiResponse(responseCode = "200", content = {
			@Content(mediaType = "application/json",
					array = @ArraySchema(schema = @Schema(implementation = Documents.Service.class))),
			@Content(mediaType = "text/xml", schema = @Schema(description = "<services><service>…</service></services>")) })
	ResponseEntity<byte[]> services(@PathVariable String format,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		return Open311Writer.respond(HttpStatus.OK, Format.ofSuffix(format), "services",
				this.services.services(new Params(params)));
	}

	@GetMapping("/v2/services/{code}." + FORMAT)
	@Operation(summary = "GET Service Definition", description = "The attributes of a service: categories that "
			+ "offer a home visit define proxy_visit (true/false) and preferred_visit_window.")
	@ApiResponse(responseCode = "200", content = {
			@Content(mediaType = "application/json", schema = @Schema(implementation = Documents.ServiceDefinition.class)),
			@Content(mediaType = "text/xml", schema = @Schema(implementation = Documents.ServiceDefinition.class)) })
	@ApiResponse(responseCode = "404", description = "unknown service_code", content = @Content(
			mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = Documents.Error.class))))
	ResponseEntity<byte[]> definition(@PathVariable String code, @PathVariable String format,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		return Open311Writer.respond(HttpStatus.OK, Format.ofSuffix(format), "service_definition",
				this.services.definition(code, new Params(params)));
	}

	@PostMapping("/v2/requests." + FORMAT)
	@Operation(summary = "POST Service Request",
			description = "Files a ticket (channel OPEN311), form-encoded. Required: api_key, service_code and a "
					+ "location: lat+long (aliases latitude, lon, lng, longitude), address_string (alias address) or "
					+ "address_id. Optional: attribute[code]=value, email, first_name, last_name, phone, device_id, "
					+ "account_id, description (plain text up to 4000 characters; HTML tags are stripped), media_url, "
					+ "jurisdiction_id, extensions=true (adds the token).")
	@Parameter(name = "api_key", in = ParameterIn.QUERY, required = true,
			description = "issued by the district administrator; query string or form body")
	@Parameter(name = "service_code", in = ParameterIn.QUERY, required = true)
	@Parameter(name = "lat", in = ParameterIn.QUERY, schema = @Schema(type = "number"))
	@Parameter(name = "long", in = ParameterIn.QUERY, schema = @Schema(type = "number"))
	@Parameter(name = "address_string", in = ParameterIn.QUERY)
	@Parameter(name = "address_id", in = ParameterIn.QUERY)
	@Parameter(name = "description", in = ParameterIn.QUERY)
	@ApiResponse(responseCode = "200", content = {
			@Content(mediaType = "application/json",
					array = @ArraySchema(schema = @Schema(implementation = Documents.RequestCreated.class))),
			@Content(mediaType = "text/xml", schema = @Schema(description = "<service_requests><request>…</request></service_requests>")) })
	@ApiResponse(responseCode = "400", description = "missing or invalid parameters", content = @Content(
			mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = Documents.Error.class))))
	@ApiResponse(responseCode = "403", description = "missing, unknown or revoked api_key", content = @Content(
			mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = Documents.Error.class))))
	@ApiResponse(responseCode = "404", description = "unknown service_code or jurisdiction_id", content = @Content(
			mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = Documents.Error.class))))
	@ApiResponse(responseCode = "429", description = "the key's requests per minute are used up; see Retry-After",
			content = @Content(mediaType = "application/json",
					array = @ArraySchema(schema = @Schema(implementation = Documents.Error.class))))
	ResponseEntity<byte[]> file(@PathVariable String format,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		return Open311Writer.respond(HttpStatus.OK, Format.ofSuffix(format), "service_requests",
				List.of(this.requests.file(new Params(params))));
	}

	@GetMapping("/v2/tokens/{token}." + FORMAT)
	@Operation(summary = "GET service_request_id from a token")
	@ApiResponse(responseCode = "200", content = {
			@Content(mediaType = "application/json",
					array = @ArraySchema(schema = @Schema(implementation = Documents.TokenRequest.class))),
			@Content(mediaType = "text/xml", schema = @Schema(description = "<service_requests><request>…</request></service_requests>")) })
	ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String format,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		return Open311Writer.respond(HttpStatus.OK, Format.ofSuffix(format), "service_requests",
				List.of(this.requests.token(token, new Params(params))));
	}

	@GetMapping("/v2/requests." + FORMAT)
	@Operation(summary = "GET Service Requests", description = "Requests filed through the API, newest first.")
	@Parameter(name = "service_request_id", in = ParameterIn.QUERY, description = "comma list; overrides the other filters")
	@Parameter(name = "service_code", in = ParameterIn.QUERY, description = "comma list")
	@Parameter(name = "start_date", in = ParameterIn.QUERY, description = "w3 date-time; with end_date at most 90 days apart")
	@Parameter(name = "end_date", in = ParameterIn.QUERY, description = "w3 date-time; by default the last 90 days")
	@Parameter(name = "status", in = ParameterIn.QUERY, description = "open, closed or both (comma list)")
	@Parameter(name = "page", in = ParameterIn.QUERY, description = "from 1", schema = @Schema(type = "integer"))
	@Parameter(name = "page_size", in = ParameterIn.QUERY, description = "1–1000, default 1000", schema = @Schema(type = "integer"))
	@Parameter(name = "extensions", in = ParameterIn.QUERY, description = "true adds extended_attributes")
	@ApiResponse(responseCode = "200", content = {
			@Content(mediaType = "application/json",
					array = @ArraySchema(schema = @Schema(implementation = Documents.ServiceRequest.class))),
			@Content(mediaType = "text/xml", schema = @Schema(description = "<service_requests><request>…</request></service_requests>")) })
	ResponseEntity<byte[]> list(@PathVariable String format,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		return Open311Writer.respond(HttpStatus.OK, Format.ofSuffix(format), "service_requests",
				this.requests.list(new Params(params)));
	}

	@GetMapping("/v2/requests/{id}." + FORMAT)
	@Operation(summary = "GET Service Request", description = "One request by its service_request_id (the ticket "
			+ "number); extensions=true adds extended_attributes and the timeline as notes.")
	@Parameter(name = "extensions", in = ParameterIn.QUERY)
	@ApiResponse(responseCode = "200", content = {
			@Content(mediaType = "application/json",
					array = @ArraySchema(schema = @Schema(implementation = Documents.ServiceRequest.class))),
			@Content(mediaType = "text/xml", schema = @Schema(description = "<service_requests><request>…</request></service_requests>")) })
	@ApiResponse(responseCode = "404", description = "unknown service_request_id", content = @Content(
			mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = Documents.Error.class))))
	ResponseEntity<byte[]> one(@PathVariable String id, @PathVariable String format,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> params) {
		return Open311Writer.respond(HttpStatus.OK, Format.ofSuffix(format), "service_requests",
				List.of(this.requests.one(id, new Params(params))));
	}

	/** Anything else under /open311 (another suffix, another method) is a 404 in the spec's format, never a page. */
	@RequestMapping("/**")
	@Operation(hidden = true)
	ResponseEntity<byte[]> unknown(HttpServletRequest request) {
		throw Open311Exception.notFound("open311.error.unknownResource", request.getMethod(), request.getRequestURI());
	}

}
