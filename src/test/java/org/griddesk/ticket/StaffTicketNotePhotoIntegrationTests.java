package org.griddesk.ticket;

import java.util.List;
import java.util.UUID;

import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.support.DemoUsers.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue #4's "progress notes with photos": the staff ticket page's note form takes up to three photos under the
 * resident's rules, they belong to the note's timeline entry (which the resident reads too), and they are served
 * only to those who may see the ticket.
 */
@IntegrationTest
class StaffTicketNotePhotoIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	Tickets tickets;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aNoteWithPhotosShowsThemInItsTimelineEntryStrippedOfTheirLocation() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		this.lifecycle.accept(id, this.fixtures.actor("worker"));
		String text = "已到现场查看，垃圾桶破损 " + UUID.randomUUID();
		this.mvc
			.perform(note(id, text).file(photo("bin.jpg", TestImages.jpegWithLocation(40, 30)))
				.file(photo("bin-2.png", TestImages.pngWithLocation(20, 20)))
				.with(as(this.users, "worker")))
			.andExpect(redirectedUrl("/tickets/" + id));

		TimelineEntry noted = noteEntry(id);
		assertThat(noted.note()).isEqualTo(text);
		assertThat(noted.photoIds()).hasSize(2);
		List<byte[]> stored = this.jdbc.queryForList("select data from ticket_photo where event_id = ? order by id",
				byte[].class, noted.id());
		assertThat(stored).hasSize(2).noneMatch(bytes -> TestImages.contains(bytes, TestImages.GPS_MARKER));
		Long first = noted.photoIds().get(0);
		this.mvc.perform(get("/tickets/{id}", id).with(as(this.users, "worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern(
					"(?s).*data-event=\"NOTE\">.*" + text + ".*/photos/" + first + ".*/photos/" + noted.photoIds().get(1)
							+ ".*")));
		this.mvc.perform(get("/my/tickets/{id}", id).with(as(this.users, "resident")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(text), containsString("/photos/" + first))));
		this.mvc.perform(get("/photos/" + first).with(as(this.users, "resident")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(content().bytes(stored.get(0)));
	}

	@Test
	void notePhotosObeyTheTicketsScope() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		this.mvc.perform(note(id, "现场照片").file(photo("site.png", TestImages.png(8, 8))).with(as(this.users, "worker")))
			.andExpect(redirectedUrl("/tickets/" + id));
		Long photoId = noteEntry(id).photoIds().get(0);
		this.mvc.perform(get("/photos/" + photoId).with(as(this.users, "worker"))).andExpect(status().isOk());
		this.mvc.perform(get("/photos/" + photoId).with(as(this.users, "community"))).andExpect(status().isOk());
		this.mvc.perform(get("/photos/" + photoId).with(as(this.users, "worker2"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/photos/" + photoId).with(as(this.users, "community2")))
			.andExpect(status().isNotFound());
		this.mvc.perform(note(id, "别的网格的人加进展").file(photo("x.png", TestImages.png(8, 8)))
			.with(as(this.users, "worker2"))).andExpect(status().isNotFound());
	}

	@Test
	void aBadFileIsAMessageOnThePageAndTheNoteIsKept() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0 };
		String text = "门禁坏了，已报修 " + UUID.randomUUID();
		this.mvc.perform(note(id, text).file(photo("door.jpg", exe)).with(as(this.users, "worker")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("noteForm", "photos", "ticket.error.photoType"))
			.andExpect(content().string(allOf(containsString(text), containsString("id=\"note-photos-error\""),
					containsString("door.jpg"), containsString("id=\"note-photos-again\""),
					containsString("id=\"note-section\" open"))));

		MockMultipartHttpServletRequestBuilder four = note(id, text);
		for (int i = 0; i < 4; i++) {
			four.file(photo("p" + i + ".png", TestImages.png(4, 4)));
		}
		this.mvc.perform(four.with(as(this.users, "worker")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("noteForm", "photos", "ticket.error.tooManyPhotos"));

		byte[] huge = new byte[TicketPhotos.MAX_BYTES + 1];
		byte[] png = TestImages.png(4, 4);
		System.arraycopy(png, 0, huge, 0, png.length);
		this.mvc.perform(note(id, text).file(photo("big.png", huge)).with(as(this.users, "worker")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("noteForm", "photos", "ticket.error.photoTooLarge"));

		this.mvc.perform(note(id, " ").file(photo("ok.png", TestImages.png(4, 4))).with(as(this.users, "worker")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("noteForm", "note"));

		assertThat(this.tickets.timeline(id, this.fixtures.actor("worker"))).extracting(TimelineEntry::type)
			.doesNotContain(TicketEventType.NOTE);
		assertThat(this.jdbc.queryForObject("select count(*) from ticket_photo where ticket_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void aNoteWithoutPhotosStillWorksAsAPlainForm() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		this.mvc.perform(note(id, "电话联系了居民").with(as(this.users, "worker")))
			.andExpect(redirectedUrl("/tickets/" + id));
		assertThat(noteEntry(id).photoIds()).isEmpty();
	}

	private TimelineEntry noteEntry(Long id) {
		return this.tickets.timeline(id, this.fixtures.actor("worker"))
			.stream()
			.filter(entry -> entry.type() == TicketEventType.NOTE)
			.findFirst()
			.orElseThrow();
	}

	private static MockMultipartHttpServletRequestBuilder note(Long id, String text) {
		MockMultipartHttpServletRequestBuilder request = multipart("/tickets/{id}/notes", id);
		request.param("note", text);
		request.with(csrf());
		return request;
	}

	private static MockMultipartFile photo(String name, byte[] bytes) {
		return new MockMultipartFile("photos", name, "image/jpeg", bytes);
	}

}
