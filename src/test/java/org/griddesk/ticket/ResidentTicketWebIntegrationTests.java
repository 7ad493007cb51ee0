package org.griddesk.ticket;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.griddesk.account.Accounts;
import org.griddesk.account.RegisterResident;
import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.support.DemoUsers.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The resident's pages through the web layer: submit (with its validation and photos), follow, cancel, rate. */
@IntegrationTest
class ResidentTicketWebIntegrationTests {

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
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void formStartsWithTheAccountsPhoneAndAFreshSubmissionKey() throws Exception {
		String first = this.mvc.perform(get("/my/tickets/new").with(as(this.users, "resident")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"13800000001\"")))
			.andExpect(content().string(containsString("data-single-submit")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = this.mvc.perform(get("/my/tickets/new").with(as(this.users, "resident")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(submissionKey(first)).hasSize(36).isNotEqualTo(submissionKey(second));
	}

	@Test
	void validSubmissionWithAPhotoLandsOnTheDetailPageWithTheStrippedPhoto() throws Exception {
		String title = "路灯不亮 " + UUID.randomUUID();
		MvcResult result = this.mvc
			.perform(submission(title).file(photo("street-light.jpg", TestImages.jpegWithLocation(32, 24)))
				.with(as(this.users, "resident")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/my/tickets/*"))
			.andReturn();
		Long id = idFrom(result);
		TicketView ticket = this.tickets.view(id, this.fixtures.actor("resident"));
		assertThat(ticket.title()).isEqualTo(title);
		assertThat(ticket.channel()).isEqualTo(Channel.WEB);
		assertThat(ticket.regionId()).isEqualTo(this.fixtures.grid("HQ-G1"));

		List<byte[]> stored = this.jdbc.queryForList("select data from ticket_photo where ticket_id = ?", byte[].class, id);
		assertThat(stored).hasSize(1);
		assertThat(TestImages.contains(stored.get(0), TestImages.GPS_MARKER)).isFalse();
		assertThat(TestImages.contains(stored.get(0), "Exif")).isFalse();

		TimelineEntry submitted = this.tickets.timeline(id, this.fixtures.actor("resident")).get(0);
		assertThat(submitted.type()).isEqualTo(TicketEventType.SUBMITTED);
		assertThat(submitted.photoIds()).hasSize(1);
		Long photoId = submitted.photoIds().get(0);
		this.mvc.perform(get("/my/tickets/" + id).with(as(this.users, "resident")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("/photos/" + photoId)))
			.andExpect(content().string(containsString("id=\"next-step\"")));
		this.mvc.perform(get("/photos/" + photoId).with(as(this.users, "resident")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(content().bytes(stored.get(0)));
	}

	@Test
	void photosAreServedOnlyToThoseWhoMaySeeTheTicket() throws Exception {
		MvcResult result = this.mvc
			.perform(submission("照片权限 " + UUID.randomUUID()).file(photo("a.png", TestImages.png(8, 8)))
				.with(as(this.users, "resident")))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Long id = idFrom(result);
		Long photoId = this.tickets.timeline(id, this.fixtures.actor("resident")).get(0).photoIds().get(0);
		this.mvc.perform(get("/photos/" + photoId).with(as(this.users, "worker"))).andExpect(status().isOk());
		this.mvc.perform(get("/photos/" + photoId).with(as(this.users, "community"))).andExpect(status().isOk());
		this.mvc.perform(get("/photos/" + photoId).with(as(this.users, "worker2"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/photos/" + photoId).with(as(this.users, "community2"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/photos/" + photoId).with(as(this.users, otherResident())))
			.andExpect(status().isNotFound());
	}

	@Test
	void emptyFieldsAreMarkedAndTheRestIsKept() throws Exception {
		this.mvc
			.perform(multipart("/my/tickets").param("kind", "COMPLAINT")
				.param("categoryId", this.fixtures.category("C01").id().toString())
				.param("title", "")
				.param("description", "   ")
				.param("streetId", this.fixtures.grid("HJL").toString())
				.param("communityId", this.fixtures.grid("HQ").toString())
				.param("address", "红旗社区 7 号楼 2 单元")
				.param("contactPhone", "13800000001")
				.param("submissionKey", UUID.randomUUID().toString())
				.with(as(this.users, "resident"))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("form", "title", "description", "gridId"))
			.andExpect(content().string(containsString("红旗社区 7 号楼 2 单元")))
			.andExpect(content().string(containsString("请依次选择街道、社区和网格")))
			.andExpect(content().string(containsString("第一网格")))
			.andExpect(content().string(containsString("id=\"form-errors\"")));
	}

	@Test
	void garbledValuesAreFieldErrorsNotServerErrors() throws Exception {
		this.mvc
			.perform(submission("乱码参数", "kind", "NO_SUCH_KIND", "gridId", "abc")
				.with(as(this.users, "resident")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("form", "kind", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("form", "gridId", "typeMismatch"))
			.andExpect(content().string(allOf(containsString("乱码参数"), containsString("格式不正确"))));
	}

	@Test
	void overLongTitleAndDescriptionAreRefusedOnTheirFields() throws Exception {
		this.mvc
			.perform(submission("长".repeat(101), "description", "述".repeat(4001))
				.with(as(this.users, "resident")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("form", "title", "Size"))
			.andExpect(model().attributeHasFieldErrorCode("form", "description", "Size"))
			.andExpect(content().string(containsString("最多 100 字")));
	}

	@Test
	void unknownCategoryOrACategoryOfAnotherKindIsRefusedOnTheCategory() throws Exception {
		this.mvc.perform(submission("未知事项", "categoryId", "987654").with(as(this.users, "resident")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("form", "categoryId", "ticket.error.unknownCategory"));
		String service = this.fixtures.category("S01").id().toString();
		this.mvc.perform(submission("类别不符", "categoryId", service).with(as(this.users, "resident")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("form", "categoryId", "ticket.error.categoryKind"))
			.andExpect(content().string(containsString("类别不符")));
	}

	@Test
	void aGridIdThatIsNoGridOrNotInTheDistrictIsRefusedOnTheGrid() throws Exception {
		this.mvc
			.perform(submission("社区不是网格", "gridId", this.fixtures.grid("HQ").toString())
				.with(as(this.users, "resident")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("form", "gridId", "ticket.error.notAGrid"));
		this.mvc.perform(submission("不存在的网格", "gridId", "99999999").with(as(this.users, "resident")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("form", "gridId", "ticket.error.notAGrid"));
	}

	@Test
	void fakeOversizeOrTooManyPhotosAreRefusedNextToThePhotos() throws Exception {
		byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0 };
		this.mvc
			.perform(submission("假图片").file(photo("setup.jpg", exe)).with(as(this.users, "resident")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("form", "photos", "ticket.error.photoType"))
			.andExpect(content().string(allOf(containsString("setup.jpg"), containsString("id=\"photos-again\""),
					containsString("假图片"))));
		this.mvc
			.perform(submission("文本图片").file(photo("note.png", "hello, I am text".getBytes()))
				.with(as(this.users, "resident")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("form", "photos", "ticket.error.photoType"));
		byte[] huge = new byte[TicketPhotos.MAX_BYTES + 1];
		byte[] png = TestImages.png(4, 4);
		System.arraycopy(png, 0, huge, 0, png.length);
		this.mvc.perform(submission("大图片").file(photo("big.png", huge)).with(as(this.users, "resident")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("form", "photos", "ticket.error.photoTooLarge"));
		MockMultipartHttpServletRequestBuilder four = submission("四张图片");
		for (int i = 0; i < 4; i++) {
			four.file(photo("p" + i + ".png", TestImages.png(4, 4)));
		}
		this.mvc.perform(four.with(as(this.users, "resident")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("form", "photos", "ticket.error.tooManyPhotos"));
		assertThat(this.jdbc.queryForObject("select count(*) from ticket where title in (?, ?, ?, ?)", Long.class,
				"假图片", "文本图片", "大图片", "四张图片"))
			.isZero();
	}

	@Test
	void homeVisitNeedsAProxyCapableCategoryAndATimeWindow() throws Exception {
		String s01 = this.fixtures.category("S01").id().toString();
		this.mvc
			.perform(submission("上门代办社保卡", "kind", "SERVICE", "categoryId", s01, "proxyRequested", "true")
				.with(as(this.users, "resident")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("form", "proxyWindow", "ticket.form.proxyWindowRequired"))
			.andExpect(content().string(containsString("id=\"proxy-block\"")));
		MvcResult result = this.mvc
			.perform(submission("上门代办社保卡", "kind", "SERVICE", "categoryId", s01, "proxyRequested", "true",
					"proxyWindow", "WEEKEND")
				.with(as(this.users, "resident")))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		TicketView ticket = this.tickets.view(idFrom(result), this.fixtures.actor("resident"));
		assertThat(ticket.proxyRequested()).isTrue();
		assertThat(ticket.proxyWindow()).isEqualTo("WEEKEND");
		this.mvc.perform(get("/my/tickets/" + ticket.id()).with(as(this.users, "resident")))
			.andExpect(content().string(containsString("周末")));

		this.mvc.perform(submission("环境卫生上门", "proxyRequested", "true", "proxyWindow", "WEEKEND")
			.with(as(this.users, "resident")))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("form", "proxyRequested", "ticket.error.noProxy"))
			.andExpect(content().string(containsString("该事项不提供上门代办")));
	}

	@Test
	void theSameSubmissionSentTwiceMakesOneTicket() throws Exception {
		String key = UUID.randomUUID().toString();
		String title = "重复提交 " + key;
		MvcResult first = this.mvc
			.perform(submission(title, "submissionKey", key)
				.file(photo("a.png", TestImages.png(6, 6)))
				.with(as(this.users, "resident")))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		MvcResult second = this.mvc
			.perform(submission(title, "submissionKey", key)
				.file(photo("a.png", TestImages.png(6, 6)))
				.with(as(this.users, "resident")))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(idFrom(second)).isEqualTo(idFrom(first));
		assertThat(this.jdbc.queryForObject("select count(*) from ticket where title = ?", Long.class, title))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from ticket_photo where ticket_id = ?", Long.class,
				idFrom(first)))
			.isEqualTo(1);
	}

	@Test
	void aKeyAnotherAccountSentIsRefusedAndTheFormComesBackWithItsOwn() throws Exception {
		String key = UUID.randomUUID().toString();
		Long theirs = idFrom(this.mvc.perform(submission("邻居的事 " + key, "submissionKey", key)
			.with(as(this.users, "resident"))).andReturn());
		String mine = "我的事 " + key;
		String page = this.mvc.perform(submission(mine, "submissionKey", key).with(as(this.users, otherResident())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("这张表单已被另一个账号提交过"), containsString(mine),
					not(containsString("/my/tickets/" + theirs)), not(containsString("id=\"form-errors\"")))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(submissionKey(page)).hasSize(36).isNotEqualTo(key);
		assertThat(this.jdbc.queryForObject("select count(*) from ticket where title = ?", Long.class, mine)).isZero();

		String stranger = otherResident();
		Long filed = idFrom(this.mvc.perform(submission(mine, "submissionKey", submissionKey(page))
			.with(as(this.users, stranger))).andExpect(status().is3xxRedirection()).andReturn());
		assertThat(filed).isNotEqualTo(theirs);
		this.mvc.perform(get("/my/tickets/" + filed).with(as(this.users, stranger)))
			.andExpect(content().string(containsString(mine)));
	}

	@Test
	void categoryPickerFollowsTheKindAndOffersHomeVisitsWhereTheCategoryDoes() throws Exception {
		this.mvc.perform(get("/my/tickets/new/categories").param("kind", "SERVICE")
			.header("HX-Request", "true")
			.with(as(this.users, "resident")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("社保卡办理"), not(containsString("环境卫生")),
					not(containsString("proxy-block")), not(containsString("<nav")))));
		this.mvc.perform(get("/my/tickets/new/categories").param("kind", "SERVICE")
			.param("categoryId", this.fixtures.category("S01").id().toString())
			.with(as(this.users, "resident")))
			.andExpect(content().string(allOf(containsString("proxy-block"), containsString("工作日上午"))));
		this.mvc.perform(get("/my/tickets/new/categories").param("kind", "COMPLAINT")
			.param("categoryId", this.fixtures.category("S01").id().toString())
			.with(as(this.users, "resident")))
			.andExpect(content().string(allOf(containsString("环境卫生"), not(containsString("proxy-block")))));
	}

	@Test
	void locationPickersNarrowStreetToCommunityToGrid() throws Exception {
		this.mvc.perform(get("/my/tickets/new/location").param("streetId", this.fixtures.grid("HJL").toString())
			.with(as(this.users, "resident")))
			.andExpect(content().string(allOf(containsString("红旗社区"), containsString("康新社区"),
					not(containsString("向阳社区")), not(containsString("第一网格")))));
		this.mvc.perform(get("/my/tickets/new/location").param("streetId", this.fixtures.grid("HJL").toString())
			.param("communityId", this.fixtures.grid("HQ").toString())
			.with(as(this.users, "resident")))
			.andExpect(content().string(allOf(containsString("第一网格"), containsString("第三网格"))));
		this.mvc.perform(get("/my/tickets/new/location").param("streetId", this.fixtures.grid("XY").toString())
			.param("communityId", this.fixtures.grid("HQ").toString())
			.with(as(this.users, "resident")))
			.andExpect(content().string(allOf(containsString("向阳社区"), not(containsString("第一网格")))));
	}

	@Test
	void myTicketsListsOwnTicketsNewestFirstWithTheirState() throws Exception {
		String resident = otherResident();
		Actor actor = this.fixtures.actor(resident);
		Long older = this.lifecycle.submit(command("较早的工单"), actor);
		Long newer = this.lifecycle.submit(command("较新的工单"), actor);
		this.lifecycle.accept(newer, this.fixtures.actor("worker"));
		String page = this.mvc.perform(get("/my/tickets").with(as(this.users, resident)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("badge-status-ACCEPTED")))
			.andExpect(content().string(containsString("badge-status-SUBMITTED")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("较新的工单")).isLessThan(page.indexOf("较早的工单"));
		assertThat(page).doesNotContain("楼道灯不亮");
		assertThat(older).isNotEqualTo(newer);
	}

	@Test
	void anotherResidentsTicketIsNotFound() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		String stranger = otherResident();
		this.mvc.perform(get("/my/tickets/" + id).with(as(this.users, stranger))).andExpect(status().isNotFound());
		this.mvc.perform(post("/my/tickets/" + id + "/cancel").param("reason", "不是我的")
			.with(as(this.users, stranger))
			.with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post("/my/tickets/" + id + "/rating").param("solved", "true")
			.param("score", "5")
			.with(as(this.users, stranger))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(this.tickets.view(id, this.fixtures.actor("resident")).status()).isEqualTo(TicketStatus.SUBMITTED);
		this.mvc.perform(get("/my/tickets/" + id).with(as(this.users, "worker"))).andExpect(status().isForbidden());
	}

	@Test
	void residentCancelsWithAReasonBeforeAcceptanceOnly() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		this.mvc.perform(post("/my/tickets/" + id + "/cancel").param("reason", " ")
			.with(as(this.users, "resident"))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("cancelForm", "reason"))
			.andExpect(content().string(containsString("请填写撤销原因")));
		this.mvc.perform(post("/my/tickets/" + id + "/cancel").param("reason", "已自行解决")
			.with(as(this.users, "resident"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.tickets.view(id, this.fixtures.actor("resident")).status()).isEqualTo(TicketStatus.CANCELLED);

		Long accepted = this.fixtures.submitted("HQ-G1");
		this.lifecycle.accept(accepted, this.fixtures.actor("worker"));
		this.mvc.perform(post("/my/tickets/" + accepted + "/cancel").param("reason", "太慢了")
			.with(as(this.users, "resident"))
			.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("不能进行此操作")));
	}

	@Test
	void ratingNeedsBothAnswersAndSolvedClosesTheTicket() throws Exception {
		Long id = resolvedTicket();
		this.mvc.perform(get("/my/tickets/" + id).with(as(this.users, "resident")))
			.andExpect(content().string(allOf(containsString("id=\"rating-form\""), containsString("已更换灯泡"))));
		this.mvc.perform(post("/my/tickets/" + id + "/rating").param("comment", "还行")
			.with(as(this.users, "resident"))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("ratingForm", "solved", "score"))
			.andExpect(content().string(containsString("还行")));
		this.mvc.perform(post("/my/tickets/" + id + "/rating").param("solved", "true")
			.param("score", "9")
			.with(as(this.users, "resident"))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrors("ratingForm", "score"));
		this.mvc.perform(post("/my/tickets/" + id + "/rating").param("solved", "true")
			.param("score", "5")
			.param("comment", "很及时")
			.with(as(this.users, "resident"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection());
		TicketView closed = this.tickets.view(id, this.fixtures.actor("resident"));
		assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
		assertThat(closed.ratingScore()).isEqualTo((short) 5);
		this.mvc.perform(get("/my/tickets/" + id).with(as(this.users, "resident")))
			.andExpect(content().string(allOf(not(containsString("id=\"rating-form\"")), containsString("很及时"))));
		this.mvc.perform(post("/my/tickets/" + id + "/rating").param("solved", "true")
			.param("score", "1")
			.with(as(this.users, "resident"))
			.with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void notSolvedReopensAndSolvedButUnhappyFlagsAReturnVisit() throws Exception {
		Long id = resolvedTicket();
		this.mvc.perform(post("/my/tickets/" + id + "/rating").param("solved", "false")
			.param("score", "3")
			.param("comment", "灯还是不亮")
			.with(as(this.users, "resident"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection());
		TicketView reopened = this.tickets.view(id, this.fixtures.actor("resident"));
		assertThat(reopened.status()).isEqualTo(TicketStatus.IN_PROGRESS);
		assertThat(reopened.reopenCount()).isEqualTo(1);
		assertThat(this.tickets.timeline(id, this.fixtures.actor("resident"))).extracting(TimelineEntry::type)
			.endsWith(TicketEventType.RATED, TicketEventType.REOPENED);

		this.lifecycle.resolve(id, this.fixtures.actor("worker"), "更换了线路");
		this.mvc.perform(post("/my/tickets/" + id + "/rating").param("solved", "true")
			.param("score", "2")
			.with(as(this.users, "resident"))
			.with(csrf()))
			.andExpect(status().is3xxRedirection());
		TicketView unhappy = this.tickets.view(id, this.fixtures.actor("resident"));
		assertThat(unhappy.status()).isEqualTo(TicketStatus.CLOSED);
		assertThat(unhappy.returnVisitDue()).isTrue();
	}

	private Long resolvedTicket() {
		Long id = this.fixtures.submitted("HQ-G1");
		Actor worker = this.fixtures.actor("worker");
		this.lifecycle.accept(id, worker);
		this.lifecycle.resolve(id, worker, "已更换灯泡");
		return id;
	}

	private SubmitTicket command(String title) {
		SubmitTicket template = this.fixtures.webSubmission("C01", "HQ-G1");
		return new SubmitTicket(template.kind(), template.categoryId(), title, template.description(),
				template.gridId(), null, null, template.address(), template.contactPhone(), false, null, Channel.WEB,
				UUID.randomUUID().toString());
	}

	/** A complete, valid C01 submission in HQ-G1, with single parameters replaced: name, value, name, value… */
	private MockMultipartHttpServletRequestBuilder submission(String title, String... overrides) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("kind", "COMPLAINT");
		params.put("categoryId", this.fixtures.category("C01").id().toString());
		params.put("title", title);
		params.put("description", "垃圾桶满了三天没人清运");
		params.put("streetId", this.fixtures.grid("HJL").toString());
		params.put("communityId", this.fixtures.grid("HQ").toString());
		params.put("gridId", this.fixtures.grid("HQ-G1").toString());
		params.put("address", "红旗社区 3 号楼");
		params.put("contactPhone", "13800000001");
		params.put("submissionKey", UUID.randomUUID().toString());
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder request = multipart("/my/tickets");
		params.forEach((name, value) -> request.param(name, value));
		request.with(csrf());
		return request;
	}

	private static MockMultipartFile photo(String name, byte[] bytes) {
		return new MockMultipartFile("photos", name, "image/jpeg", bytes);
	}

	private static Long idFrom(MvcResult result) {
		String url = result.getResponse().getRedirectedUrl();
		return Long.valueOf(url.substring(url.lastIndexOf('/') + 1));
	}

	/** The submission key a rendered form carries (the resident's and the worker's forms name it alike). */
	static String submissionKey(String html) {
		int at = html.indexOf("name=\"submissionKey\"");
		String tail = html.substring(at);
		int value = tail.indexOf("value=\"") + 7;
		return tail.substring(value, tail.indexOf('"', value));
	}

	/** A freshly registered resident (signs in with the phone number), unknown to every other test. */
	private String otherResident() {
		String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		this.accounts.registerResident(new RegisterResident("张邻居", phone, "Neighbour-pass7"));
		return phone;
	}

}
