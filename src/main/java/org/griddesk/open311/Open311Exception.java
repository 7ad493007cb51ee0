package org.griddesk.open311;

import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, answered in the spec's error list: 400 for what the client sent, 403 for a missing,
 * unknown or revoked api_key, 404 for what does not exist, 429 past a key's rate limit.
 */
class Open311Exception extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final transient Object[] arguments;

	private final long retryAfterSeconds;

	private Open311Exception(HttpStatus status, long retryAfterSeconds, String messageKey, Object... arguments) {
		super(status.value() + " " + messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments;
		this.retryAfterSeconds = retryAfterSeconds;
	}

	static Open311Exception badRequest(String messageKey, Object... arguments) {
		return new Open311Exception(HttpStatus.BAD_REQUEST, 0, messageKey, arguments);
	}

	static Open311Exception forbidden(String messageKey, Object... arguments) {
		return new Open311Exception(HttpStatus.FORBIDDEN, 0, messageKey, arguments);
	}

	static Open311Exception notFound(String messageKey, Object... arguments) {
		return new Open311Exception(HttpStatus.NOT_FOUND, 0, messageKey, arguments);
	}

	static Open311Exception tooManyRequests(long retryAfterSeconds, int limit) {
		return new Open311Exception(HttpStatus.TOO_MANY_REQUESTS, retryAfterSeconds, "open311.error.rateLimit", limit,
				retryAfterSeconds);
	}

	HttpStatus status() {
		return this.status;
	}

	String messageKey() {
		return this.messageKey;
	}

	Object[] arguments() {
		return this.arguments;
	}

	long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
