package org.griddesk.open311;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.griddesk.web.ConflictException;
import org.griddesk.web.InvalidInputException;
import org.griddesk.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every failure of the API answers in the spec's error list, in the format the path's suffix names: 400 for what the
 * client sent (and, as the spec says, for any other failure — never a 500), 403 for the api_key, 404 for what does
 * not exist, 429 with Retry-After past a key's rate limit. Runs before the application-wide error pages.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

	private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

	private final MessageSource messages;

	Open311Errors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(Open311Exception.class)
	ResponseEntity<byte[]> refused(Open311Exception ex, HttpServletRequest request, Locale locale) {
		ResponseEntity<byte[]> response = respond(ex.status(), ex.messageKey(), ex.arguments(), request, locale);
		if (ex.retryAfterSeconds() > 0) {
			return ResponseEntity.status(response.getStatusCode())
				.headers(response.getHeaders())
				.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
				.body(response.getBody());
		}
		return response;
	}

	/** The ticket core's own refusals (an unknown category, a field it will not take) are the client's to fix. */
	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<byte[]> invalid(InvalidInputException ex, HttpServletRequest request, Locale locale) {
		return respond(HttpStatus.BAD_REQUEST, ex.messageKey(), ex.arguments(), request, locale);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<byte[]> notFound(NotFoundException ex, HttpServletRequest request, Locale locale) {
		return respond(HttpStatus.NOT_FOUND, "open311.error.notFound", new Object[0], request, locale);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<byte[]> conflict(ConflictException ex, HttpServletRequest request, Locale locale) {
		return respond(HttpStatus.BAD_REQUEST, ex.messageKey(), ex.arguments(), request, locale);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<byte[]> failed(Exception ex, HttpServletRequest request, Locale locale) {
		log.warn("Open311 {} {} failed", request.getMethod(), request.getRequestURI(), ex);
		return respond(HttpStatus.BAD_REQUEST, "open311.error.general", new Object[0], request, locale);
	}

	private ResponseEntity<byte[]> respond(HttpStatus status, String key, Object[] arguments,
			HttpServletRequest request, Locale locale) {
		return Open311Writer.respond(status, Format.ofPath(request.getRequestURI()), "errors",
				List.of(error(this.messages, status.value(), key, arguments, locale)));
	}

	static Documents.Error error(MessageSource messages, int code, String key, Object[] arguments, Locale locale) {
		return new Documents.Error(code, messages.getMessage(key, arguments, key, locale));
	}

}
