package org.griddesk.dispatch;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.griddesk.region.Departments;
import org.griddesk.support.DemoUsers;
import org.griddesk.support.IntegrationTest;
import org.griddesk.ticket.TestImages;
import org.griddesk.ticket.TicketFixtures;
import org.griddesk.ticket.TicketLifecycle;
import org.griddesk.ticket.TicketView;
import org.griddesk.ticket.Tickets;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The desk, inbox and holiday pages over HTTP: scope, field errors, 404 for what lies outside. */
@IntegrationTest
class DispatchWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	Departments departments;

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	Tickets tickets;

	@Autowired
	Whistles whistles;

	@Autowired
	DispatchTestAccounts staff;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theBoardShowsTheCommandersOwnAreaOnly() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		String number = number(id);
		this.mvc.perform(get("/command").with(as("street")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number)));
		this.mvc.perform(get("/command").with(as("street2")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(number))));
		this.mvc.perform(get("/command").param("regionId", String.valueOf(this.fixtures.grid("KX"))).with(as("street")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(number))));
		this.mvc.perform(get("/command").with(as("worker"))).andExpect(status().isForbidden());
	}

	@Test
	void filtersFindOverdueAndRejectedTicketsAndBadValuesAreIgnored() throws Exception {
		Long overdue = this.fixtures.submitted("HQ-G1");
		this.jdbc.update("UPDATE ticket SET window_start_at = now() - interval '30 hours', "
				+ "accept_due_at = now() - interval '6 hours' WHERE id = ?", overdue);
		Long rejected = this.fixtures.submitted("HQ-G2");
		this.lifecycle.reject(rejected, this.fixtures.actor("worker"), "不归本网格");
		this.mvc.perform(get("/command").param("deadline", "OVERDUE").with(as("community")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number(overdue))));
		this.mvc.perform(get("/command").param("deadline", "ON_TIME").with(as("community")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(number(overdue)))));
		this.mvc.perform(get("/command").param("awaiting", "true").param("status", "REJECTED").with(as("community")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number(rejected))))
			.andExpect(content().string(not(containsString(number(overdue)))));
		this.mvc.perform(get("/command").param("kind", "NOPE").param("page", "x").with(as("community")))
			.andExpect(status().isOk());
	}

	@Test
	void aTicketOfAnotherStreetAnswers404() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		this.mvc.perform(get("/tickets/{id}", id).with(as("street")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dispatch-panel")))
			.andExpect(content().string(containsString("whistle-form")));
		this.mvc.perform(get("/tickets/{id}", id).with(as("street2"))).andExpect(status().isNotFound());
		this.mvc.perform(post("/command/tickets/{id}/urge", id).param("message", "x").with(as("street2")).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/command/tickets/{id}/reassign", id).param("regionId", String.valueOf(this.fixtures.grid("XYS-G1")))
				.param("reason", "x")
				.with(as("street2"))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theOldDeskPageRedirectsToTheOneStaffTicketPage() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		this.mvc.perform(get("/command/tickets/{id}", id).with(as("street")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/tickets/" + id));
		// the staff page carries the dispatch moves for commanders only
		this.mvc.perform(get("/tickets/{id}", id).with(as("community")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"dispatch-actions\"")))
			.andExpect(content().string(containsString("id=\"reassign-form\"")))
			.andExpect(content().string(containsString("id=\"ticket-page\"")));
		this.mvc.perform(get("/tickets/{id}", id).with(as("worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"dispatch-actions\""))));
		this.mvc.perform(post("/command/tickets/{id}/urge", id).param("message", "请尽快").with(as("community")).with(csrf()))
			.andExpect(redirectedUrl("/tickets/" + id));
	}

	@Test
	void aRefusedMoveComesBackOnTheStaffTicketPageWithItsFormOpen() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		Long department = this.departments.all().get(0).id();
		String page = this.mvc.perform(post("/command/tickets/{id}/reassign", id).param("reason", "交第二网格办理")
			.param("departmentId", String.valueOf(department))
			.with(as("community"))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"ticket-page\"", "id=\"reassign-card\" open", "交第二网格办理",
				"class=\"form-select form-select-sm is-invalid\" id=\"reassign-region\"",
				"value=\"" + department + "\" selected=\"selected\"");
		assertThat(page).doesNotContain("id=\"urge-card\" open");
	}

	@Test
	void aTargetOutsideTheScopeComesBackAsAFieldErrorWithWhatWasTyped() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		this.mvc
			.perform(post("/command/tickets/{id}/reassign", id).param("regionId", String.valueOf(this.fixtures.grid("KX-G1")))
				.param("reason", "康新更近")
				.with(as("community"))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("只能派往本辖区内的网格或调度台")))
			.andExpect(content().string(containsString("康新更近")));
		this.mvc.perform(post("/command/tickets/{id}/whistle", id).param("request", "请到场")
			.param("reportInHours", "2")
			.with(as("street"))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请至少选择一个部门")));
		this.mvc.perform(post("/command/tickets/{id}/whistle", id).param("request", "请到场")
			.param("departmentIds", String.valueOf(this.staff.department("GS").id()))
			.param("reportInHours", "abc")
			.with(as("street"))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("报到时限须为 1 到 168 小时")));
		this.mvc
			.perform(post("/command/tickets/{id}/reassign", id).param("regionId", String.valueOf(this.fixtures.grid("HQ-G2")))
				.param("reason", "第二网格负责")
				.with(as("community"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/tickets/" + id));
		assertThat(this.tickets.view(id, this.fixtures.actor("community")).regionId())
			.isEqualTo(this.fixtures.grid("HQ-G2"));
	}

	@Test
	void urgingAndWhistlingFromTheDeskShowOnThePanel() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		Long water = this.staff.department("GS").id();
		this.mvc.perform(post("/command/tickets/{id}/urge", id).param("message", "请今天处理").with(as("street")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/command/tickets/{id}/whistle", id).param("departmentIds", String.valueOf(water))
			.param("request", "请查看管道")
			.param("reportInHours", "2")
			.with(as("street"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/tickets/{id}", id).with(as("community")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请今天处理")))
			.andExpect(content().string(containsString("请查看管道")))
			.andExpect(content().string(containsString("督办 1 次")));
	}

	@Test
	void aDepartmentReachesOnlyWhistlesItWasSummonedTo() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		Long whistle = this.whistles.blow(id, this.fixtures.actor("street"), List.of(this.staff.department("GS").id()),
				"请查看管道", 2);
		String water = this.staff.departmentStaff("GS");
		String market = this.staff.departmentStaff("SCJG");
		this.mvc.perform(get("/department/inbox").with(as(water)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number(id))));
		this.mvc.perform(get("/department/inbox").with(as(market)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(number(id)))));
		this.mvc.perform(get("/department/whistles/{id}", whistle).with(as(market))).andExpect(status().isNotFound());
		this.mvc.perform(post("/department/whistles/{id}/report-in", whistle).param("note", "到").with(as(market)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/department/whistles/{id}/report-in", whistle).param("note", " ").with(as(water)).with(csrf()))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/department/whistles/{id}/report-in", whistle).param("note", "已到场").with(as(water)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/department/whistles/{id}", whistle).with(as(water)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已到场")))
			.andExpect(content().string(containsString("done-form")));
		this.mvc.perform(get("/command").with(as(water))).andExpect(status().isForbidden());
	}

	@Test
	void aDepartmentContributesUpToThreePhotosCheckedByContentAndStrippedOfLocation() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		Long whistle = this.whistles.blow(id, this.fixtures.actor("street"), List.of(this.staff.department("GS").id()),
				"请拍下管道现场", 2);
		String water = this.staff.departmentStaff("GS");
		this.mvc.perform(post("/department/whistles/{id}/report-in", whistle).param("note", "已到场").with(as(water)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		// a text file named .jpg is refused by its bytes, next to the field, and the note is kept
		this.mvc.perform(multipart("/department/whistles/{id}/contributions", whistle)
			.file(new MockMultipartFile("photos", "pipe.jpg", "image/jpeg", "not a picture".getBytes()))
			.param("note", "管道照片见附件")
			.with(as(water))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"contribution-photos-error\"")))
			.andExpect(content().string(containsString("pipe.jpg")))
			.andExpect(content().string(containsString("管道照片见附件")));
		MockMultipartHttpServletRequestBuilder four = multipart("/department/whistles/{id}/contributions", whistle);
		for (int i = 0; i < 4; i++) {
			four.file(new MockMultipartFile("photos", "p" + i + ".png", "image/png", TestImages.png(4, 4)));
		}
		this.mvc.perform(four.param("note", "四张").with(as(water)).with(csrf())).andExpect(status().isBadRequest());
		assertThat(photosOf(id)).isZero();

		this.mvc.perform(multipart("/department/whistles/{id}/contributions", whistle)
			.file(new MockMultipartFile("photos", "valve.jpg", "application/octet-stream",
					TestImages.jpegWithLocation(8, 8)))
			.file(new MockMultipartFile("photos", "pipe.png", "image/png", TestImages.png(8, 8)))
			.file(new MockMultipartFile("photos", "", "application/octet-stream", new byte[0]))
			.param("note", "已关闭阀门")
			.with(as(water))
			.with(csrf()))
			.andExpect(status().is3xxRedirection());
		List<Long> photos = this.jdbc.queryForList("SELECT p.photo_id FROM whistle_contribution_photo p "
				+ "JOIN whistle_contribution c ON c.id = p.contribution_id JOIN whistle_summons s ON s.id = c.summons_id "
				+ "WHERE s.whistle_id = ? ORDER BY p.photo_id", Long.class, whistle);
		assertThat(photos).hasSize(2);
		byte[] stored = this.jdbc.queryForObject("SELECT data FROM ticket_photo WHERE id = ?", byte[].class,
				photos.get(0));
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("GPS").doesNotContain("Wang");

		// the panel shows them on the staff ticket page and on the department's own whistle page
		this.mvc.perform(get("/tickets/{id}", id).with(as("street")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"contribution-photo-" + photos.get(0) + "\"")))
			.andExpect(content().string(containsString("/photos/" + photos.get(1))));
		this.mvc.perform(get("/photos/{id}", photos.get(0)).with(as(water)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/jpeg"));
		this.mvc.perform(get("/photos/{id}", photos.get(0)).with(as(this.staff.departmentStaff("SCJG"))))
			.andExpect(status().isNotFound());
	}

	private long photosOf(Long ticketId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM ticket_photo WHERE ticket_id = ?", Long.class, ticketId);
	}

	@Test
	void theAdministratorKeepsTheHolidayCalendar() throws Exception {
		LocalDate weekday = LocalDate.of(2040 + ThreadLocalRandom.current().nextInt(50), 3, 1);
		while (weekday.getDayOfWeek().getValue() > 5) {
			weekday = weekday.plusDays(1);
		}
		LocalDate saturday = weekday.with(DayOfWeek.SATURDAY);
		this.mvc.perform(post("/admin/holidays").param("day", weekday.toString())
			.param("working", "false")
			.param("name", "植树节调休")
			.with(as("admin"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/admin/holidays").param("year", String.valueOf(weekday.getYear())).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("植树节调休")));
		this.mvc.perform(post("/admin/holidays").param("day", weekday.toString())
			.param("working", "false")
			.param("name", "again")
			.with(as("admin"))
			.with(csrf())).andExpect(status().isBadRequest()).andExpect(content().string(containsString("这一天已在日历中")));
		this.mvc.perform(post("/admin/holidays").param("day", saturday.toString())
			.param("working", "false")
			.param("name", "周六")
			.with(as("admin"))
			.with(csrf())).andExpect(status().isBadRequest()).andExpect(content().string(containsString("周末本来就不上班")));
		this.mvc.perform(post("/admin/holidays").param("day", "not-a-date")
			.param("working", "true")
			.param("name", "x")
			.with(as("admin"))
			.with(csrf())).andExpect(status().isBadRequest());
		this.mvc.perform(post("/admin/holidays/{day}/delete", weekday.toString()).with(as("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/admin/holidays").with(as("street"))).andExpect(status().isForbidden());
	}

	private String number(Long id) {
		TicketView view = this.tickets.view(id, this.fixtures.actor("district"));
		return view.number();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return DemoUsers.as(this.users, username);
	}

}
