package org.griddesk.open311;

import java.time.Instant;

/** An API key as the admin page lists it: never the key itself, only its first characters. */
public record ApiKeyRow(Long id, String name, String keyPrefix, int requestsPerMinute, Instant createdAt,
		String createdBy, Instant lastUsedAt, Instant revokedAt) {

	public boolean revoked() {
		return this.revokedAt != null;
	}

}
