package org.griddesk.ticket;

import java.util.List;
import java.util.UUID;

import org.griddesk.support.IntegrationTest;
import org.griddesk.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The life-cycle service's own checks on a submission, whichever page or API it comes from. */
@IntegrationTest
class TicketSubmissionIntegrationTests {

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	Tickets tickets;

	@Autowired
	TicketPhotos photos;

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void textsOverTheirLimitsAreRefusedOnTheirFields() {
		assertRefused(with("长".repeat(101), "描述", "地址"), "title", "ticket.error.tooLong");
		assertRefused(with("标题", "述".repeat(4001), "地址"), "description", "ticket.error.tooLong");
		assertRefused(with("标题", "描述", "址".repeat(201)), "address", "ticket.error.tooLong");
		assertRefused(with(" ", "描述", "地址"), "title", "ticket.error.textRequired");
	}

	@Test
	void aRegionThatIsNoGridOrDoesNotExistIsRefusedOnTheGrid() {
		assertRefused(inGrid(this.fixtures.grid("HQ")), "gridId", "ticket.error.notAGrid");
		assertRefused(inGrid(this.fixtures.grid("HJL")), "gridId", "ticket.error.notAGrid");
		assertRefused(inGrid(-1L), "gridId", "ticket.error.notAGrid");
	}

	@Test
	void photosAreStrippedStoredWithTheSubmissionEventAndNotStoredTwice() {
		SubmitTicket command = this.fixtures.webSubmission("C01", "HQ-G1");
		List<PhotoUpload> uploads = List.of(new PhotoUpload("a.jpg", TestImages.jpegWithLocation(24, 24)),
				new PhotoUpload("b.png", TestImages.pngWithLocation(12, 12)),
				new PhotoUpload("c.webp", TestImages.webpWithLocation()));
		Long id = this.lifecycle.submit(command, uploads, this.fixtures.actor("resident"));
		assertThat(this.lifecycle.submit(command, uploads, this.fixtures.actor("resident"))).isEqualTo(id);

		List<TimelineEntry> timeline = this.tickets.timeline(id, this.fixtures.actor("worker"));
		assertThat(timeline.get(0).photoIds()).hasSize(3);
		assertThat(timeline.get(1).photoIds()).isEmpty();
		for (Long photoId : timeline.get(0).photoIds()) {
			PhotoContent photo = this.photos.content(photoId, this.fixtures.actor("worker"));
			assertThat(TestImages.contains(photo.data(), TestImages.GPS_MARKER)).isFalse();
		}
		assertThat(this.jdbc.queryForList("select content_type from ticket_photo where ticket_id = ? order by id",
				String.class, id))
			.containsExactly("image/jpeg", "image/png", "image/webp");
	}

	@Test
	void anythingButARealJpegPngOrWebpIsRefusedAndNothingIsStored() {
		SubmitTicket command = this.fixtures.webSubmission("C01", "HQ-G1");
		byte[] truncatedPng = java.util.Arrays.copyOf(TestImages.png(8, 8), 30);
		assertThatThrownBy(() -> this.lifecycle.submit(command,
				List.of(new PhotoUpload("ok.png", TestImages.png(4, 4)), new PhotoUpload("broken.png", truncatedPng)),
				this.fixtures.actor("resident")))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.field()).isEqualTo("photos");
				assertThat(ex.messageKey()).isEqualTo("ticket.error.photoUnreadable");
				assertThat(ex.arguments()).containsExactly("broken.png");
			});
		assertThat(this.jdbc.queryForObject("select count(*) from ticket where submission_key = ?", Long.class,
				command.submissionKey()))
			.isZero();
	}

	private void assertRefused(SubmitTicket command, String field, String key) {
		assertThatThrownBy(() -> this.lifecycle.submit(command, this.fixtures.actor("resident")))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.field()).isEqualTo(field);
				assertThat(ex.messageKey()).isEqualTo(key);
			});
	}

	private SubmitTicket with(String title, String description, String address) {
		SubmitTicket t = this.fixtures.webSubmission("C01", "HQ-G1");
		return new SubmitTicket(t.kind(), t.categoryId(), title, description, t.gridId(), null, null, address,
				t.contactPhone(), false, null, Channel.WEB, UUID.randomUUID().toString());
	}

	private SubmitTicket inGrid(Long gridId) {
		SubmitTicket t = this.fixtures.webSubmission("C01", "HQ-G1");
		return new SubmitTicket(t.kind(), t.categoryId(), t.title(), t.description(), gridId, null, null,
				t.address(), t.contactPhone(), false, null, Channel.WEB, UUID.randomUUID().toString());
	}

}
