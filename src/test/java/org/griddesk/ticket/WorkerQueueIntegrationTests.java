package org.griddesk.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.griddesk.account.Accounts;
import org.griddesk.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

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
class WorkerQueueIntegrationTests {

	private static final Pattern ITEM = Pattern.compile("id=\"ticket-(\\d+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	Tickets tickets;

	@Autowired
	QueueCounter counter;

	@Autowired
	WorkerQueue queue;

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	TransactionTemplate transactions;

	Workbench workbench;

	@BeforeEach
	void workbench() {
		this.workbench = new Workbench(this.lifecycle, this.fixtures, this.jdbc, this.accounts);
	}

	@Test
	void toAcceptListsTheWorkersGridsSoonestDeadlineFirstWithWarningAndOverdueMarked() throws Exception {
		String token = Workbench.token();
		Long fresh = this.workbench.submit("HQ-G1", "C01", token + " 垃圾没清运");
		Long warning = this.workbench.submit("HQ-G2", "A03", token + " 楼道灯坏了");
		Long overdue = this.workbench.submit("HQ-G1", "S01", token + " 社保卡补办");
		Long otherGrid = this.workbench.submit("HQ-G3", "C01", token + " 别的网格");
		this.workbench.makeWarning(warning);
		this.workbench.makeOverdue(overdue);

		String html = this.mvc.perform(get("/worker/queue").param("q", token).with(as(this.users, "worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"count-to-accept-overdue\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(items(html)).containsExactly(overdue, warning, fresh).doesNotContain(otherGrid);
		assertThat(html).contains("id=\"ticket-" + overdue + "\"")
			.containsPattern("queue-item-OVERDUE\"[^>]*id=\"ticket-" + overdue + "|id=\"ticket-" + overdue
					+ "\"[^>]*queue-item-OVERDUE")
			.contains("deadline-overdue")
			.contains("deadline-warning")
			.contains("id=\"accept-" + fresh + "\"");
	}

	/**
	 * The lists a worker opens most name their statuses in the SQL itself. pgjdbc prepares a statement on the server
	 * from its fifth use on, and PostgreSQL then weighs one cached plan against planning each call; a cached plan may
	 * use a partial index only if the statement itself proves the index's condition, so with the status bound as a
	 * parameter the cached plan lost, and at 1M tickets every view of the queue was planned anew.
	 */
	@Test
	void toAcceptAndInHandListsNameTheirStatusesForTheirPartialIndexes() {
		Actor worker = this.fixtures.actor("worker");
		Map<QueueSection, String> condition = Map.of(QueueSection.TO_ACCEPT, "status='SUBMITTED'",
				QueueSection.IN_HAND, "status in ('ACCEPTED','IN_PROGRESS')");
		condition.forEach((section, status) -> {
			String order = section == QueueSection.TO_ACCEPT ? "accept_due_at" : "resolve_due_at";
			List<String> prepared = this.transactions.execute(tx -> {
				for (int view = 0; view < 6; view++) {
					this.queue.page(worker, section, TicketFilter.ALL, PageRequest.of(0, 20));
				}
				return this.jdbc.queryForList("SELECT statement FROM pg_prepared_statements "
						+ "WHERE statement LIKE 'select%from ticket%order by t1_0." + order + "%'", String.class);
			});
			assertThat(prepared).as(section.name()).isNotEmpty().allSatisfy(sql -> assertThat(sql).contains(status));
		});
	}

	@Test
	void countsSayHowManyWaitAndHowManyAreLate() {
		Actor worker = this.fixtures.actor("worker");
		QueueCounts before = this.counter.counts(worker);
		Long overdue = this.workbench.submit("HQ-G1", "C01", Workbench.token());
		this.workbench.makeOverdue(overdue);
		Long warning = this.workbench.submit("HQ-G2", "C01", Workbench.token());
		this.workbench.makeWarning(warning);
		Long inHand = this.workbench.submit("HQ-G1", "C01", Workbench.token());
		this.lifecycle.accept(inHand, worker);
		this.workbench.makeOverdue(inHand);
		Long inHandWarning = this.workbench.submit("HQ-G2", "C01", Workbench.token());
		this.lifecycle.accept(inHandWarning, worker);
		this.workbench.makeWarning(inHandWarning);
		this.workbench.submit("HQ-G3", "C01", Workbench.token());

		QueueCounts after = this.counter.counts(worker);
		assertThat(after.toAccept() - before.toAccept()).isEqualTo(2);
		assertThat(after.toAcceptOverdue() - before.toAcceptOverdue()).isEqualTo(1);
		assertThat(after.toAcceptWarning() - before.toAcceptWarning()).isEqualTo(1);
		assertThat(after.inHand() - before.inHand()).isEqualTo(2);
		assertThat(after.inHandOverdue() - before.inHandOverdue()).isEqualTo(1);
		assertThat(after.inHandWarning() - before.inHandWarning()).isEqualTo(1);
	}

	@Test
	void everyPartOfTheQueueCountsExactlyTheTicketsItPagesThrough() {
		Actor worker = this.fixtures.actor("worker");
		for (int i = 0; i < 3; i++) {
			this.lifecycle.accept(this.workbench.submit("HQ-G1", "C01", Workbench.token()), worker);
			this.workbench.submit("HQ-G2", "A03", Workbench.token());
		}
		TicketFilter category = new TicketFilter(null, this.fixtures.category("A03").id(), null, null, null, null, null);
		for (QueueSection section : QueueSection.values()) {
			for (TicketFilter filter : List.of(TicketFilter.ALL, category)) {
				WorkerQueuePage first = this.queue.page(worker, section, filter, PageRequest.of(0, 2));
				long total = first.rows().getTotalElements();
				int last = (int) Math.max(0, (total - 1) / 2);
				List<TicketRow> all = new ArrayList<>();
				for (int page = 0; page <= last; page++) {
					all.addAll(this.queue.page(worker, section, filter, PageRequest.of(page, 2)).rows().getContent());
				}
				assertThat(all).as("%s %s", section, filter).hasSize((int) total);
				assertThat(this.queue.page(worker, section, filter, PageRequest.of(last + 1, 2)).rows().getContent())
					.as("past the last page of %s %s", section, filter)
					.isEmpty();
				if (section == QueueSection.TO_ACCEPT && filter == TicketFilter.ALL) {
					assertThat(total).isEqualTo(first.counts().toAccept()).isGreaterThanOrEqualTo(3);
				}
			}
		}
	}

	@Test
	void inHandListsMyOpenTicketsByResolveDeadlineAndResolvedListsTheLastTwoWeeks() throws Exception {
		String token = Workbench.token();
		Actor worker = this.fixtures.actor("worker");
		Long later = this.workbench.submit("HQ-G1", "C01", token + " 后办");
		Long sooner = this.workbench.submit("HQ-G2", "C01", token + " 先办");
		Long done = this.workbench.submit("HQ-G1", "C01", token + " 已办结");
		Long waiting = this.workbench.submit("HQ-G1", "C01", token + " 待接");
		for (Long id : List.of(later, sooner, done)) {
			this.lifecycle.accept(id, worker);
		}
		this.lifecycle.start(sooner, worker);
		this.workbench.makeWarning(sooner);
		this.lifecycle.resolve(done, worker, "已清运");

		String inHand = page("/worker/queue?tab=IN_HAND&q=" + token);
		assertThat(items(inHand)).containsExactly(sooner, later);
		assertThat(inHand).doesNotContain("id=\"accept-");

		String resolved = page("/worker/queue?tab=RECENTLY_RESOLVED&q=" + token);
		assertThat(items(resolved)).containsExactly(done);

		String all = page("/worker/queue?tab=ALL&q=" + token);
		assertThat(items(all)).containsExactlyInAnyOrder(later, sooner, done, waiting);
	}

	@Test
	void searchFindsByNumberCategoryAndStatus() throws Exception {
		String token = Workbench.token();
		Long environment = this.workbench.submit("HQ-G1", "C01", token + " 环境");
		Long lighting = this.workbench.submit("HQ-G1", "A03", token + " 照明");
		this.lifecycle.accept(lighting, this.fixtures.actor("worker"));
		String number = this.tickets.view(environment, this.fixtures.actor("worker")).number();

		assertThat(items(page("/worker/queue?tab=ALL&q=" + number))).containsExactly(environment);
		assertThat(items(page("/worker/queue?tab=ALL&q=" + token + "&category="
				+ this.fixtures.category("A03").id()))).containsExactly(lighting);
		assertThat(items(page("/worker/queue?tab=ALL&q=" + token + "&status=SUBMITTED"))).containsExactly(environment);
		assertThat(items(page("/worker/queue?tab=ALL&q=" + token + "&category=not-a-number")))
			.containsExactlyInAnyOrder(environment, lighting);
	}

	@Test
	void pagesAreLinkedInABoundedWindowThatKeepsTheSearch() throws Exception {
		String token = Workbench.token();
		for (int i = 0; i < WorkerQueueController.PAGE_SIZE + 1; i++) {
			this.workbench.submit("HQ-G2", "C01", token + " 第" + i + "件");
		}
		String first = page("/worker/queue?q=" + token);
		assertThat(items(first)).hasSize(WorkerQueueController.PAGE_SIZE);
		assertThat(first).contains("/worker/queue?tab=TO_ACCEPT&amp;q=" + token + "&amp;page=1");
		assertThat(items(page("/worker/queue?q=" + token + "&page=1"))).hasSize(1);
	}

	@Test
	void acceptFromTheQueueRedirectsBackWithTheNumber() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		this.mvc.perform(post("/worker/queue/{id}/accept", id).with(csrf()).with(as(this.users, "worker")))
			.andExpect(redirectedUrl("/worker/queue"))
			.andExpect(flash().attribute("success", "worker.flash.acceptedNumber"));
		TicketView accepted = this.tickets.view(id, this.fixtures.actor("worker"));
		assertThat(accepted.status()).isEqualTo(TicketStatus.ACCEPTED);
		assertThat(accepted.assigneeName()).isEqualTo("李建国");
	}

	@Test
	void acceptWithHtmxRedrawsOnlyTheLine() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		this.mvc
			.perform(post("/worker/queue/{id}/accept", id).header("HX-Request", "true")
				.with(csrf())
				.with(as(this.users, "worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"ticket-" + id + "\"")))
			.andExpect(content().string(containsString("data-status=\"ACCEPTED\"")))
			.andExpect(content().string(containsString("您已接单")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("id=\"accept-" + id + "\""))));
	}

	@Test
	void theSecondWorkerIsToldWhoTookTheTicketAndWhen() throws Exception {
		String rival = this.workbench.newWorker("王磊", "HQ-G1");
		Long id = this.fixtures.submitted("HQ-G1");
		this.lifecycle.accept(id, this.fixtures.actor(rival));

		this.mvc
			.perform(post("/worker/queue/{id}/accept", id).header("HX-Request", "true")
				.with(csrf())
				.with(as(this.users, "worker")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"notice-" + id + "\"")))
			.andExpect(content().string(containsString("已被 王磊 于")));

		MvcResult redirected = this.mvc
			.perform(post("/worker/queue/{id}/accept", id).with(csrf()).with(as(this.users, "worker")))
			.andExpect(redirectedUrl("/worker/queue"))
			.andExpect(flash().attribute("failure", "worker.flash.text"))
			.andReturn();
		this.mvc
			.perform(get("/worker/queue").cookie(redirected.getResponse().getCookies()).with(as(this.users, "worker")))
			.andExpect(content().string(containsString("id=\"flash-failure\"")))
			.andExpect(content().string(containsString("已被 王磊 于")));
		assertThat(this.tickets.view(id, this.fixtures.actor("worker")).assigneeName()).isEqualTo("王磊");
	}

	@Test
	void twoWorkersAcceptingAtOnceThroughTheWebExactlyOneWins() throws Exception {
		String rival = this.workbench.newWorker("刘洋", "HQ-G1");
		Long id = this.fixtures.submitted("HQ-G1");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<MvcResult>> outcomes = new ArrayList<>();
		for (String username : List.of("worker", rival)) {
			Callable<MvcResult> attempt = () -> {
				start.await();
				return this.mvc
					.perform(post("/worker/queue/{id}/accept", id).with(csrf()).with(as(this.users, username)))
					.andReturn();
			};
			outcomes.add(pool.submit(attempt));
		}
		start.countDown();
		List<Object> flashes = new ArrayList<>();
		for (Future<MvcResult> outcome : outcomes) {
			MvcResult result = outcome.get();
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/worker/queue");
			flashes.add(result.getFlashMap().containsKey("success") ? "won" : result.getFlashMap().get("failureArgs"));
		}
		pool.shutdown();
		assertThat(flashes).hasSize(2).contains("won");
		assertThat(flashes).filteredOn(flash -> !"won".equals(flash))
			.singleElement()
			.asString()
			.containsAnyOf("已被 李建国 于", "已被 刘洋 于");
		assertThat(this.tickets.timeline(id, this.fixtures.actor("worker")))
			.filteredOn(entry -> entry.type() == TicketEventType.ACCEPTED)
			.hasSize(1);
	}

	@Test
	void otherGridsTicketsCannotBeAcceptedFromTheQueue() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		this.mvc.perform(post("/worker/queue/{id}/accept", id).with(csrf()).with(as(this.users, "worker2")))
			.andExpect(status().isNotFound());
		assertThat(this.tickets.view(id, this.fixtures.actor("worker")).status()).isEqualTo(TicketStatus.SUBMITTED);
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url).with(as(this.users, "worker")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<Long> items(String html) {
		List<Long> ids = new ArrayList<>();
		Matcher matcher = ITEM.matcher(html);
		while (matcher.find()) {
			ids.add(Long.valueOf(matcher.group(1)));
		}
		return ids;
	}

}
