package org.griddesk.open311;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * Dates as the spec's w3 profile of ISO 8601. Out: always {@code yyyy-MM-dd'T'HH:mm:ssXXX} in the district's zone, no
 * fraction. In: whatever old clients send — with or without seconds, fraction or offset ({@code Z}, {@code +08:00},
 * {@code +0800}, {@code +08}), a space for the {@code T}, a date alone, and an offset whose {@code +} became a space
 * because the query string was not encoded. Without an offset the time is the district's.
 */
final class Open311Dates {

	private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	private static final Pattern DATE_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern SPACE_FOR_T = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) +(\\d{2}:)");

	/** A time followed by a space and an offset: the {@code +} of an unencoded query string decoded to a space. */
	private static final Pattern LOST_PLUS = Pattern
		.compile("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?) +(\\d{2}(?::?\\d{2})?)$");

	private static final DateTimeFormatter IN = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.append(DateTimeFormatter.ISO_LOCAL_DATE)
		.appendLiteral('T')
		.appendValue(ChronoField.HOUR_OF_DAY, 2)
		.appendLiteral(':')
		.appendValue(ChronoField.MINUTE_OF_HOUR, 2)
		.optionalStart()
		.appendLiteral(':')
		.appendValue(ChronoField.SECOND_OF_MINUTE, 2)
		.optionalStart()
		.appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
		.optionalEnd()
		.optionalEnd()
		.optionalStart()
		.appendOffset("+HH:MM", "Z")
		.optionalEnd()
		.optionalStart()
		.appendOffset("+HHMM", "Z")
		.optionalEnd()
		.optionalStart()
		.appendOffset("+HH", "Z")
		.optionalEnd()
		.toFormatter()
		.withResolverStyle(ResolverStyle.STRICT)
		.withChronology(IsoChronology.INSTANCE);

	private final ZoneId zone;

	Open311Dates(ZoneId zone) {
		this.zone = zone;
	}

	String format(Instant instant) {
		return instant == null ? null : OUT.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(this.zone));
	}

	/** The instant a bound names; a date alone is the start of that day. */
	Instant parseStart(String raw) {
		return parse(raw, false);
	}

	/** The instant a bound names; a date alone covers that whole day (up to its last nanosecond). */
	Instant parseEnd(String raw) {
		return parse(raw, true);
	}

	private Instant parse(String raw, boolean endOfDay) {
		String text = raw.strip();
		if (DATE_ONLY.matcher(text).matches()) {
			LocalDate day = LocalDate.parse(text);
			return endOfDay ? day.plusDays(1).atStartOfDay(this.zone).toInstant().minusNanos(1)
					: day.atStartOfDay(this.zone).toInstant();
		}
		text = SPACE_FOR_T.matcher(text).replaceFirst("$1T$2");
		text = LOST_PLUS.matcher(text).replaceFirst("$1+$2").replace(',', '.');
		TemporalAccessor parsed = IN.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
		if (parsed instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		return ((LocalDateTime) parsed).atZone(this.zone).toInstant();
	}

}
