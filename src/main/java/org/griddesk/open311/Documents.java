package org.griddesk.open311;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The documents the API answers with, field for field as GeoReport v2 names them (in this order). IDs and codes are
 * strings; dates are already formatted ({@link Open311Dates}). {@link Open311Writer} turns them into JSON or XML.
 */
final class Documents {

	private Documents() {
	}

	@Schema(name = "Discovery", description = "Service discovery: where the GeoReport v2 endpoint is and what it speaks")
	record Discovery(@JsonProperty("changeset") String changeset, @JsonProperty("contact") String contact,
			@JsonProperty("key_service") String keyService, @JsonProperty("endpoints") List<Endpoint> endpoints) {
	}

	@Schema(name = "Endpoint")
	record Endpoint(@JsonProperty("specification") String specification, @JsonProperty("url") String url,
			@JsonProperty("changeset") String changeset, @JsonProperty("type") String type,
			@JsonProperty("formats") List<String> formats) {
	}

	@Schema(name = "Service", description = "One line of the responsibility list (权责清单) as a service type")
	record Service(@JsonProperty("service_code") String serviceCode,
			@JsonProperty("service_name") String serviceName, @JsonProperty("description") String description,
			@Schema(description = "true when GET services/{code} defines attributes") @JsonProperty("metadata") boolean metadata,
			@Schema(allowableValues = { "realtime" }) @JsonProperty("type") String type,
			@JsonProperty("keywords") String keywords,
			@Schema(description = "the kind of ticket: 业务办理 / 诉求申请 / 问题投诉") @JsonProperty("group") String group) {
	}

	@Schema(name = "ServiceDefinition")
	record ServiceDefinition(@JsonProperty("service_code") String serviceCode,
			@JsonProperty("attributes") List<Attribute> attributes) {
	}

	@Schema(name = "Attribute")
	record Attribute(@JsonProperty("variable") boolean variable, @JsonProperty("code") String code,
			@Schema(allowableValues = { "string", "number", "datetime", "text", "singlevaluelist",
					"multivaluelist" }) @JsonProperty("datatype") String datatype,
			@JsonProperty("required") boolean required,
			@JsonProperty("datatype_description") String datatypeDescription, @JsonProperty("order") int order,
			@JsonProperty("description") String description, @JsonProperty("values") List<AttributeValue> values) {
	}

	@Schema(name = "AttributeValue")
	record AttributeValue(@JsonProperty("key") String key, @JsonProperty("name") String name) {
	}

	@Schema(name = "RequestCreated", description = "The answer to POST requests: the new request's id")
	record RequestCreated(@JsonProperty("service_request_id") String serviceRequestId,
			@Schema(description = "only with extensions=true: GridDesk answers in real time, so the spec's token "
					+ "is not needed; GET tokens/{token} resolves it") @JsonProperty("token") @JsonInclude(JsonInclude.Include.NON_NULL) String token,
			@JsonProperty("service_notice") String serviceNotice, @JsonProperty("account_id") String accountId) {
	}

	@Schema(name = "TokenRequest")
	record TokenRequest(@JsonProperty("service_request_id") String serviceRequestId,
			@JsonProperty("token") String token) {
	}

	@Schema(name = "ServiceRequest", description = "A service request: the ticket filed through the API, as it stands now")
	record ServiceRequest(@Schema(description = "the ticket number") @JsonProperty("service_request_id") String serviceRequestId,
			@Schema(allowableValues = { "open", "closed" }) @JsonProperty("status") String status,
			@JsonProperty("status_notes") String statusNotes, @JsonProperty("service_name") String serviceName,
			@JsonProperty("service_code") String serviceCode, @JsonProperty("description") String description,
			@JsonProperty("agency_responsible") String agencyResponsible,
			@JsonProperty("service_notice") String serviceNotice,
			@JsonProperty("requested_datetime") String requestedDatetime,
			@JsonProperty("updated_datetime") String updatedDatetime,
			@Schema(description = "the resolve deadline") @JsonProperty("expected_datetime") String expectedDatetime,
			@JsonProperty("address") String address, @JsonProperty("address_id") String addressId,
			@JsonProperty("zipcode") String zipcode, @JsonProperty("lat") BigDecimal lat,
			@JsonProperty("long") BigDecimal lon, @JsonProperty("media_url") String mediaUrl,
			@Schema(description = "only with extensions=true") @JsonProperty("extended_attributes") @JsonInclude(JsonInclude.Include.NON_NULL) ExtendedAttributes extendedAttributes,
			@Schema(description = "the timeline, only with extensions=true on requests/{id}") @JsonProperty("notes") @JsonInclude(JsonInclude.Include.NON_NULL) List<Note> notes) {
	}

	@Schema(name = "ExtendedAttributes", description = "GridDesk's own view of the request (extensions=true)")
	record ExtendedAttributes(
			@Schema(allowableValues = { "SUBMITTED", "ACCEPTED", "IN_PROGRESS", "RESOLVED", "CLOSED", "CANCELLED",
					"REJECTED" }) @JsonProperty("griddesk_status") String status,
			@JsonProperty("griddesk_status_name") String statusName, @JsonProperty("grid") String grid,
			@JsonProperty("community") String community, @JsonProperty("street") String street,
			@Schema(description = "the desk that owns the ticket now") @JsonProperty("desk") String desk,
			@JsonProperty("department") String department,
			@JsonProperty("accept_due_datetime") String acceptDueDatetime,
			@JsonProperty("resolve_due_datetime") String resolveDueDatetime,
			@Schema(description = "how the request was placed on a grid") @JsonProperty("placement") String placement) {
	}

	@Schema(name = "Note", description = "One timeline entry")
	record Note(@JsonProperty("datetime") String datetime, @JsonProperty("type") String type,
			@JsonProperty("description") String description) {
	}

	@Schema(name = "Error")
	record Error(@Schema(description = "the HTTP status, or 429 for the rate limit") @JsonProperty("code") int code,
			@JsonProperty("description") String description) {
	}

}
