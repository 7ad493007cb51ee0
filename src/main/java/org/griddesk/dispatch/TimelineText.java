package org.griddesk.dispatch;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Notes GridDesk itself writes on a timeline (the sweep's warnings, an escalated urge) are part of the record: they
 * are written once, in the district's language, from this module's message keys.
 */
@Component
class TimelineText {

	private static final Locale RECORD_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	TimelineText(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, RECORD_LOCALE);
	}

}
