package org.griddesk.open311;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admits a request by its api_key: unknown or revoked keys are refused (403), and each key may make its number of
 * requests per minute (fixed one-minute windows counted in the database, so that every instance enforces the same
 * limit; past it, 429). Runs in its own transaction so that a request refused later still counts.
 */
@Component
class ApiKeyGate {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final ApiKeyRepository keys;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ApiKeyGate(ApiKeyRepository keys, JdbcTemplate jdbc, Clock clock) {
		this.keys = keys;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public ApiClient admit(String rawKey) {
		if (rawKey == null) {
			throw Open311Exception.forbidden("open311.error.keyMissing");
		}
		ApiKey key = this.keys.findByKeyHash(KeyHash.of(rawKey))
			.orElseThrow(() -> Open311Exception.forbidden("open311.error.keyInvalid"));
		if (key.isRevoked()) {
			throw Open311Exception.forbidden("open311.error.keyRevoked");
		}
		Instant now = this.clock.instant();
		Instant window = now.truncatedTo(ChronoUnit.MINUTES);
		Integer count = this.jdbc.queryForObject("""
				INSERT INTO open311_api_key_usage (api_key_id, window_start, requests) VALUES (?, ?, 1)
				ON CONFLICT (api_key_id, window_start)
				DO UPDATE SET requests = open311_api_key_usage.requests + 1
				RETURNING requests""", Integer.class, key.getId(), Timestamp.from(window));
		if (count != null && count == 1) {
			this.jdbc.update("UPDATE open311_api_key SET last_used_at = ? WHERE id = ?", Timestamp.from(now),
					key.getId());
		}
		if (count != null && count > key.getRequestsPerMinute()) {
			long retryAfter = Math.max(1, Duration.between(now, window.plus(WINDOW)).toSeconds());
			throw Open311Exception.tooManyRequests(retryAfter, key.getRequestsPerMinute());
		}
		return new ApiClient(key.getId(), key.getName());
	}

	/** Windows older than a day are of no further use. */
	@Transactional
	public int forgetOldWindows() {
		return this.jdbc.update("DELETE FROM open311_api_key_usage WHERE window_start < ?",
				Timestamp.from(this.clock.instant().minus(Duration.ofDays(1))));
	}

}
