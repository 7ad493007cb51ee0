package org.griddesk.ticket;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.griddesk.account.Accounts;
import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.support.DemoUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class StaffTicketIntegrationTests {

	private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	Tickets tickets;

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	Workbench workbench;

	@BeforeEach
	void workbench() {
		this.workbench = new Workbench(this.lifecycle, this.fixtures, this.jdbc, this.accounts);
	}

	@Test
	void pageShowsFactsDeadlineTimelineAndTheHandlersActions() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		this.workbench.makeWarning(id);
		TicketView ticket = this.tickets.view(id, this.fixtures.actor("worker"));
		this.mvc.perform(get("/tickets/{id}", id).with(as(this.users, "worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ticket.number())))
			.andExpect(content().string(containsString("楼道灯不亮")))
			.andExpect(content().string(containsString("三单元二楼楼道灯坏了一周")))
			.andExpect(content().string(containsString("红旗社区 第一网格")))
			.andExpect(content().string(containsString("id=\"ticket-deadline\"")))
			.andExpect(content().string(containsString("deadline-warning")))
			.andExpect(content().string(containsString("data-event=\"SUBMITTED\"")))
			.andExpect(content().string(containsString("data-event=\"ROUTED\"")))
			.andExpect(content().string(containsString("id=\"action-accept\"")))
			.andExpect(content().string(containsString("id=\"reject-form\"")))
			.andExpect(content().string(not(containsString("id=\"resolve-form\""))))
			.andExpect(content().string(not(containsString("id=\"action-start\""))));
	}

	@Test
	void workerAcceptsStartsNotesVisitsAndResolves() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		act(id, "accept").andExpect(redirectedUrl("/tickets/" + id))
			.andExpect(flash().attribute("success", "worker.flash.accepted"));
		this.mvc.perform(get("/tickets/{id}", id).with(as(this.users, "worker")))
			.andExpect(content().string(containsString("id=\"action-start\"")))
			.andExpect(content().string(containsString("id=\"resolve-form\"")))
			.andExpect(content().string(containsString("id=\"visit-form\"")));
		act(id, "start").andExpect(redirectedUrl("/tickets/" + id));
		act(id, "notes", "note", "已联系保洁公司").andExpect(redirectedUrl("/tickets/" + id));
		String visitedAt = LocalDateTime.now(DISTRICT).format(FIELD);
		this.mvc
			.perform(post("/tickets/{id}/proxy-visits", id).param("visitedAt", visitedAt)
				.param("outcome", "已上门帮老人办好社保卡补办")
				.param("formalityCompleted", "true")
				.with(csrf())
				.with(as(this.users, "worker")))
			.andExpect(redirectedUrl("/tickets/" + id))
			.andExpect(flash().attribute("success", "worker.flash.visitRecorded"));
		act(id, "resolve", "resolution", "垃圾已清运，已告知居民").andExpect(redirectedUrl("/tickets/" + id))
			.andExpect(flash().attribute("success", "worker.flash.resolved"));

		TicketView resolved = this.tickets.view(id, this.fixtures.actor("worker"));
		assertThat(resolved.status()).isEqualTo(TicketStatus.RESOLVED);
		assertThat(resolved.resolution()).isEqualTo("垃圾已清运，已告知居民");
		assertThat(this.tickets.timeline(id, this.fixtures.actor("worker"))).extracting(TimelineEntry::type)
			.containsExactly(TicketEventType.SUBMITTED, TicketEventType.ROUTED, TicketEventType.ACCEPTED,
					TicketEventType.STARTED, TicketEventType.NOTE, TicketEventType.PROXY_VISIT,
					TicketEventType.RESOLVED);
		this.mvc.perform(get("/tickets/{id}", id).with(as(this.users, "worker")))
			.andExpect(content().string(containsString("id=\"ticket-resolution\"")))
			.andExpect(content().string(containsString("已上门帮老人办好社保卡补办")))
			.andExpect(content().string(containsString("data-completed=\"true\"")))
			.andExpect(content().string(containsString("data-event=\"RESOLVED\"")))
			.andExpect(content().string(not(containsString("id=\"resolve-form\""))));
	}

	@Test
	void resolutionIsRequiredAndTheFormComesBackOpenWithTheMessage() throws Exception {
		Long id = acceptedTicket();
		act(id, "resolve", "resolution", "   ").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写办理结果")))
			.andExpect(content().string(containsString("id=\"resolve-section\" open")));
		assertThat(this.tickets.view(id, this.fixtures.actor("worker")).status()).isEqualTo(TicketStatus.ACCEPTED);
	}

	@Test
	void visitInTheFutureIsRefusedNextToTheFieldKeepingWhatWasTyped() throws Exception {
		Long id = acceptedTicket();
		String future = LocalDateTime.now(DISTRICT).plusHours(2).format(FIELD);
		this.mvc
			.perform(post("/tickets/{id}/proxy-visits", id).param("visitedAt", future)
				.param("outcome", "居民不在家，约了明天")
				.with(csrf())
				.with(as(this.users, "worker")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("上门时间不能晚于现在")))
			.andExpect(content().string(containsString("居民不在家，约了明天")))
			.andExpect(content().string(containsString("id=\"visit-section\" open")));
		assertThat(this.tickets.timeline(id, this.fixtures.actor("worker")))
			.noneMatch(entry -> entry.type() == TicketEventType.PROXY_VISIT);
	}

	@Test
	void visitNeedsAReadableTimeAndAnOutcome() throws Exception {
		Long id = acceptedTicket();
		this.mvc
			.perform(post("/tickets/{id}/proxy-visits", id).param("visitedAt", "昨天下午")
				.param("outcome", "帮忙填了申请表")
				.with(csrf())
				.with(as(this.users, "worker")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写有效的上门时间")))
			.andExpect(content().string(containsString("value=\"昨天下午\"")))
			.andExpect(content().string(containsString("帮忙填了申请表")));
		this.mvc
			.perform(post("/tickets/{id}/proxy-visits", id).param("visitedAt", "")
				.param("outcome", "")
				.with(csrf())
				.with(as(this.users, "worker")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写上门时间")))
			.andExpect(content().string(containsString("请填写办理情况")));
		String longAgo = LocalDateTime.now(DISTRICT).minusDays(3).format(FIELD);
		this.mvc
			.perform(post("/tickets/{id}/proxy-visits", id).param("visitedAt", longAgo)
				.param("outcome", "上门")
				.with(csrf())
				.with(as(this.users, "worker")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("上门时间不能早于工单提交时间")));
	}

	@Test
	void rejectNeedsAReasonAndSendsTheTicketToTheCommunityDesk() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		act(id, "reject", "reason", "").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写退回原因")))
			.andExpect(content().string(containsString("id=\"reject-section\" open")));
		act(id, "reject", "reason", "属于物业维修范围").andExpect(redirectedUrl("/tickets/" + id))
			.andExpect(flash().attribute("success", "worker.flash.rejected"));
		TicketView rejected = this.tickets.view(id, this.fixtures.actor("community"));
		assertThat(rejected.status()).isEqualTo(TicketStatus.REJECTED);
		assertThat(rejected.regionId()).isEqualTo(this.fixtures.grid("HQ"));
		this.mvc.perform(get("/tickets/{id}", id).with(as(this.users, "worker"))).andExpect(status().isNotFound());
	}

	@Test
	void noteIsRequired() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		act(id, "notes", "note", "").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写进展情况")));
	}

	@Test
	void illegalTransitionsAnswer409WithAClearMessage() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		act(id, "start").andExpect(status().isConflict())
			.andExpect(content().string(containsString("当前状态为“待接单”，不能进行此操作")));
		act(id, "resolve", "resolution", "已处理").andExpect(status().isConflict());
		String now = LocalDateTime.now(DISTRICT).format(FIELD);
		this.mvc
			.perform(post("/tickets/{id}/proxy-visits", id).param("visitedAt", now)
				.param("outcome", "上门")
				.with(csrf())
				.with(as(this.users, "worker")))
			.andExpect(status().isConflict());
		this.lifecycle.accept(id, this.fixtures.actor("worker"));
		this.lifecycle.resolve(id, this.fixtures.actor("worker"), "已处理");
		act(id, "resolve", "resolution", "再办结一次").andExpect(status().isConflict())
			.andExpect(content().string(containsString("当前状态为“已办结”")));
		act(id, "reject", "reason", "太晚了").andExpect(status().isConflict());
		act(id, "start").andExpect(status().isConflict());
	}

	@Test
	void theLoserOfTheAcceptRaceIsToldOnTheTicketPageWhoTookIt() throws Exception {
		String rival = this.workbench.newWorker("王磊", "HQ-G1");
		Long id = this.fixtures.submitted("HQ-G1");
		this.lifecycle.accept(id, this.fixtures.actor(rival));
		MvcResult result = act(id, "accept").andExpect(redirectedUrl("/tickets/" + id))
			.andExpect(flash().attribute("failure", "worker.flash.text"))
			.andReturn();
		assertThat((String) result.getFlashMap().get("failureArgs")).contains("已被 王磊 于");
		this.mvc
			.perform(get("/tickets/{id}", id).cookie(result.getResponse().getCookies())
				.with(as(this.users, "worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"flash-failure\"")))
			.andExpect(content().string(containsString("已被 王磊 于")));
	}

	@Test
	void aTicketSomeoneElseTookIsTheirsToWork() throws Exception {
		String rival = this.workbench.newWorker("赵刚", "HQ-G1");
		Long id = this.fixtures.submitted("HQ-G1");
		this.lifecycle.accept(id, this.fixtures.actor(rival));
		this.mvc.perform(get("/tickets/{id}", id).with(as(this.users, "worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"ticket-read-only\"")))
			.andExpect(content().string(not(containsString("id=\"action-start\""))))
			.andExpect(content().string(not(containsString("id=\"resolve-form\""))));
		act(id, "start").andExpect(status().isConflict()).andExpect(content().string(containsString("不由您负责办理")));
		act(id, "resolve", "resolution", "我来办结").andExpect(status().isConflict());
		act(id, "reject", "reason", "不归我").andExpect(status().isConflict());
		act(id, "notes", "note", "已提醒赵刚").andExpect(redirectedUrl("/tickets/" + id));
		assertThat(this.tickets.view(id, this.fixtures.actor("worker")).status()).isEqualTo(TicketStatus.ACCEPTED);
	}

	@Test
	void residentsUseTheirOwnPagesNotTheStaffPage() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		this.mvc.perform(get("/tickets/{id}", id).with(as(this.users, "resident"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/tickets/{id}/accept", id).with(csrf()).with(as(this.users, "resident")))
			.andExpect(status().isForbidden());
	}

	@Test
	void unknownTicketIs404() throws Exception {
		this.mvc.perform(get("/tickets/{id}", Long.MAX_VALUE).with(as(this.users, "worker")))
			.andExpect(status().isNotFound());
	}

	private Long acceptedTicket() {
		Long id = this.fixtures.submitted("HQ-G1");
		this.lifecycle.accept(id, this.fixtures.actor("worker"));
		return id;
	}

	/** The worker posts one of the page's actions with its form fields (name, value, name, value, ...). */
	private ResultActions act(Long id, String action, String... params) throws Exception {
		MockHttpServletRequestBuilder request = post("/tickets/{id}/" + action, id).with(csrf())
			.with(as(this.users, "worker"));
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request);
	}

}
