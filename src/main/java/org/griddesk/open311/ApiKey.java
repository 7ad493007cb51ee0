package org.griddesk.open311;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A client system's key: its name, a hash of the key (never the key), its rate limit, and whether it is revoked. */
@Entity
@Table(name = "open311_api_key")
class ApiKey {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String keyHash;

	private String keyPrefix;

	private int requestsPerMinute;

	private Instant createdAt;

	private String createdBy;

	private Instant lastUsedAt;

	private Instant revokedAt;

	@Version
	private long version;

	protected ApiKey() {
	}

	ApiKey(String name, String keyHash, String keyPrefix, int requestsPerMinute, Instant createdAt, String createdBy) {
		this.name = name;
		this.keyHash = keyHash;
		this.keyPrefix = keyPrefix;
		this.requestsPerMinute = requestsPerMinute;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	void limitTo(int newRequestsPerMinute) {
		this.requestsPerMinute = newRequestsPerMinute;
	}

	/** Revoking is final; revoking twice keeps the first moment. */
	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	boolean isRevoked() {
		return this.revokedAt != null;
	}

	ApiKeyRow toRow() {
		return new ApiKeyRow(this.id, this.name, this.keyPrefix, this.requestsPerMinute, this.createdAt,
				this.createdBy, this.lastUsedAt, this.revokedAt);
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	int getRequestsPerMinute() {
		return this.requestsPerMinute;
	}

}
