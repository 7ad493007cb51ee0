package org.griddesk.open311;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.griddesk.ticket.TicketStatus;
import org.griddesk.ticket.TicketView;

/**
 * A ticket filed through the API: what the client sent and where it was placed (fixed), and the ticket's state as
 * the API shows it (rewritten from the ticket after every change, see {@link #follow}). No version column: the row is
 * a projection, always rewritten whole from the ticket inside the ticket's own transaction.
 */
@Entity
@Table(name = "open311_request")
class FiledRequest {

	@Id
	private Long ticketId;

	private String serviceRequestId;

	private String token;

	private Long apiKeyId;

	private Long categoryId;

	private String serviceCode;

	private String description;

	private String addressString;

	private String addressId;

	private BigDecimal latitude;

	private BigDecimal longitude;

	private String mediaUrl;

	private String attributes;

	private Long gridId;

	private String placement;

	@Enumerated(EnumType.STRING)
	private TicketStatus status;

	private String statusNote;

	private Long regionId;

	private Long departmentId;

	private Instant requestedAt;

	private Instant updatedAt;

	private Instant acceptDueAt;

	private Instant resolveDueAt;

	protected FiledRequest() {
	}

	FiledRequest(TicketView ticket, String token, Long apiKeyId, String serviceCode, String description,
			Location location, String mediaUrl, String attributes, Placement placement) {
		this.ticketId = ticket.id();
		this.serviceRequestId = ticket.number();
		this.token = token;
		this.apiKeyId = apiKeyId;
		this.categoryId = ticket.categoryId();
		this.serviceCode = serviceCode;
		this.description = description;
		this.addressString = location.addressString();
		this.addressId = location.addressId();
		this.latitude = location.latitude();
		this.longitude = location.longitude();
		this.mediaUrl = mediaUrl;
		this.attributes = attributes;
		this.gridId = placement.gridId();
		this.placement = placement.reason();
		follow(ticket, null, ticket.submittedAt());
	}

	/** Takes over the ticket's current state; {@code note} explains it (a resolution, a rejection's reason). */
	void follow(TicketView ticket, String note, Instant at) {
		this.status = ticket.status();
		this.statusNote = note;
		this.regionId = ticket.regionId();
		this.departmentId = ticket.departmentId();
		this.requestedAt = ticket.submittedAt();
		this.updatedAt = at;
		this.acceptDueAt = ticket.acceptDueAt();
		this.resolveDueAt = ticket.resolveDueAt();
	}

	Long getTicketId() {
		return this.ticketId;
	}

	String getServiceRequestId() {
		return this.serviceRequestId;
	}

	String getToken() {
		return this.token;
	}

	Long getCategoryId() {
		return this.categoryId;
	}

	String getServiceCode() {
		return this.serviceCode;
	}

	String getDescription() {
		return this.description;
	}

	String getAddressString() {
		return this.addressString;
	}

	String getAddressId() {
		return this.addressId;
	}

	BigDecimal getLatitude() {
		return this.latitude;
	}

	BigDecimal getLongitude() {
		return this.longitude;
	}

	String getMediaUrl() {
		return this.mediaUrl;
	}

	Long getApiKeyId() {
		return this.apiKeyId;
	}

	Long getGridId() {
		return this.gridId;
	}

	String getPlacement() {
		return this.placement;
	}

	TicketStatus getStatus() {
		return this.status;
	}

	String getStatusNote() {
		return this.statusNote;
	}

	Long getRegionId() {
		return this.regionId;
	}

	Long getDepartmentId() {
		return this.departmentId;
	}

	Instant getRequestedAt() {
		return this.requestedAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	Instant getAcceptDueAt() {
		return this.acceptDueAt;
	}

	Instant getResolveDueAt() {
		return this.resolveDueAt;
	}

}
