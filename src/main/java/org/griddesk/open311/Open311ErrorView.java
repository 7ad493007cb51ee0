package org.griddesk.open311;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Failures that never reach the API's controller (a URL the firewall rejects, a broken request the container
 * refuses) end on the application's error page; for paths under /open311 that page is the spec's error list instead
 * of HTML, in the format of the path's suffix, and a server failure still answers 400 as the spec asks.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311ErrorView implements ErrorViewResolver {

	private final MessageSource messages;

	Open311ErrorView(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri instanceof String text ? text.substring(request.getContextPath().length()) : "";
		if (!path.startsWith("/open311")) {
			return null;
		}
		HttpStatus answered = status.is5xxServerError() ? HttpStatus.BAD_REQUEST : status;
		return new ModelAndView(new ErrorListView(Format.ofPath(path), answered, this.messages));
	}

	private record ErrorListView(Format format, HttpStatus status, MessageSource messages) implements View {

		@Override
		public String getContentType() {
			return this.format.mediaType().toString();
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			String key = this.status == HttpStatus.NOT_FOUND ? "open311.error.notFound" : "open311.error.general";
			byte[] body = Open311Writer.render(this.format, "errors", List.of(Open311Errors.error(this.messages,
					this.status.value(), key, new Object[0], Locale.SIMPLIFIED_CHINESE)));
			response.setStatus(this.status.value());
			response.setContentType(getContentType());
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}

	}

}
