package org.griddesk.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps the exceptions services throw to friendly pages for people and to problem+json for API clients, so that
 * neither ever sees a stack trace. Module-specific advice (the Open311 API) runs before this one.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException ex, HttpServletRequest request, Locale locale) {
		return respond(HttpStatus.NOT_FOUND, "error.notFound", new Object[0], request, locale);
	}

	@ExceptionHandler(ConflictException.class)
	Object conflict(ConflictException ex, HttpServletRequest request, Locale locale) {
		return respond(HttpStatus.CONFLICT, ex.messageKey(), ex.arguments(), request, locale);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	Object lostRace(OptimisticLockingFailureException ex, HttpServletRequest request, Locale locale) {
		return respond(HttpStatus.CONFLICT, "error.concurrentChange", new Object[0], request, locale);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	Object integrity(DataIntegrityViolationException ex, HttpServletRequest request, Locale locale) {
		log.info("Refused a change that breaks a database constraint: {}", ex.getMostSpecificCause().getMessage());
		return respond(HttpStatus.CONFLICT, "error.integrity", new Object[0], request, locale);
	}

	@ExceptionHandler(InvalidInputException.class)
	Object invalid(InvalidInputException ex, HttpServletRequest request, Locale locale) {
		return respond(HttpStatus.BAD_REQUEST, ex.messageKey(), ex.arguments(), request, locale);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, Locale locale) {
		return respond(HttpStatus.PAYLOAD_TOO_LARGE, "error.uploadTooLarge", new Object[0], request, locale);
	}

	private Object respond(HttpStatus status, String key, Object[] arguments, HttpServletRequest request,
			Locale locale) {
		String message = this.messages.getMessage(key, arguments, key, locale);
		if (wantsJson(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
			problem.setProperty("code", key);
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView view = new ModelAndView("error/" + status.value());
		view.setStatus(status);
		view.addObject("problem", message);
		return view;
	}

	private static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| (accept != null && accept.contains("json") && !accept.contains("text/html"));
	}

}
