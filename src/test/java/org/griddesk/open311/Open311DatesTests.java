package org.griddesk.open311;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Open311DatesTests {

	private final Open311Dates dates = new Open311Dates(ZoneId.of("Asia/Shanghai"));

	private static final Instant NOON_UTC = Instant.parse("2025-03-04T04:05:06Z");

	@Test
	void writesSecondsAndTheDistrictsOffsetWithoutFraction() {
		assertThat(this.dates.format(Instant.parse("2025-03-04T04:05:06.789Z"))).isEqualTo("2025-03-04T12:05:06+08:00");
	}

	@Test
	void readsWhatOldClientsSend() {
		assertThat(this.dates.parseStart("2025-03-04T04:05:06Z")).isEqualTo(NOON_UTC);
		assertThat(this.dates.parseStart("2025-03-04t04:05:06z")).isEqualTo(NOON_UTC);
		assertThat(this.dates.parseStart("2025-03-04T12:05:06+08:00")).isEqualTo(NOON_UTC);
		assertThat(this.dates.parseStart("2025-03-04T12:05:06+0800")).isEqualTo(NOON_UTC);
		assertThat(this.dates.parseStart("2025-03-04T12:05:06+08")).isEqualTo(NOON_UTC);
		assertThat(this.dates.parseStart("2025-03-04T12:05:06 08:00")).as("+ decoded to a space").isEqualTo(NOON_UTC);
		assertThat(this.dates.parseStart("2025-03-04T12:05:06.000 0800")).isEqualTo(NOON_UTC);
		assertThat(this.dates.parseStart("2025-03-03T23:05:06.5-05:00")).isEqualTo(NOON_UTC.plusMillis(500));
		assertThat(this.dates.parseStart("2025-03-04T12:05:06")).as("no offset: the district's").isEqualTo(NOON_UTC);
		assertThat(this.dates.parseStart("2025-03-04 12:05:06")).isEqualTo(NOON_UTC);
		assertThat(this.dates.parseStart(" 2025-03-04T12:05 ")).isEqualTo(NOON_UTC.minusSeconds(6));
	}

	@Test
	void aDateAloneIsTheWholeDayInTheDistrict() {
		assertThat(this.dates.parseStart("2025-03-04")).isEqualTo(Instant.parse("2025-03-03T16:00:00Z"));
		assertThat(this.dates.parseEnd("2025-03-04")).isEqualTo(Instant.parse("2025-03-04T15:59:59.999999999Z"));
	}

	@Test
	void refusesWhatIsNoDate() {
		assertThatThrownBy(() -> this.dates.parseStart("yesterday")).isInstanceOf(DateTimeParseException.class);
		assertThatThrownBy(() -> this.dates.parseStart("2025-02-30T00:00:00Z"))
			.isInstanceOf(DateTimeParseException.class);
		assertThatThrownBy(() -> this.dates.parseStart("2025-03-04T25:00:00Z"))
			.isInstanceOf(DateTimeParseException.class);
	}

}
