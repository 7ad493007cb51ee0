package org.griddesk.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Formats instants in the district's time zone (the servers may run in UTC). Templates call it as
 * {@code ${@dates.dateTime(x)}}.
 */
@Component("dates")
public class DateTimes {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final ZoneId zone;

	DateTimes(@Value("${griddesk.time-zone:Asia/Shanghai}") ZoneId zone) {
		this.zone = zone;
	}

	public ZoneId zone() {
		return this.zone;
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(this.zone));
	}

	public String date(Instant instant) {
		return instant == null ? "" : DATE.format(instant.atZone(this.zone));
	}

}
