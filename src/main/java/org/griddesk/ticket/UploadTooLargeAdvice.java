package org.griddesk.ticket;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the size limits answers 413 with the page that says so (people) or problem+json (programs). Boot's
 * own problem-details advice would otherwise answer every browser with JSON, because it runs before the general
 * error pages.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeAdvice {

	private static final String MESSAGE = "error.uploadTooLarge";

	private final MessageSource messages;

	UploadTooLargeAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, Locale locale) {
		String message = this.messages.getMessage(MESSAGE, null, MESSAGE, locale);
		String accept = request.getHeader("Accept");
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		if (api || (accept != null && accept.contains("json") && !accept.contains("text/html"))) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, message);
			problem.setProperty("code", MESSAGE);
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		ModelAndView page = new ModelAndView("error/413");
		page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
		page.addObject("problem", message);
		return page;
	}

}
