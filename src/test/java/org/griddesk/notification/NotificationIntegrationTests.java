package org.griddesk.notification;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.griddesk.account.Accounts;
import org.griddesk.account.RegisterResident;
import org.griddesk.support.IntegrationTest;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.Channel;
import org.griddesk.ticket.SubmitTicket;
import org.griddesk.ticket.TicketEventType;
import org.griddesk.ticket.TicketFixtures;
import org.griddesk.ticket.TicketLifecycle;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.griddesk.support.DemoUsers.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Notifications are written in the transaction of the change they tell of. */
@IntegrationTest
class NotificationIntegrationTests {

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	Notifications notifications;

	@Autowired
	UnreadBadge badge;

	@Autowired
	Accounts accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void residentHearsOfEveryChangeOfStateOfTheirTicket() {
		Long id = this.fixtures.submitted("HQ-G1");
		Actor worker = this.fixtures.actor("worker");
		Actor resident = this.fixtures.actor("resident");
		this.lifecycle.accept(id, worker);
		this.lifecycle.start(id, worker);
		this.lifecycle.addNote(id, worker, "已联系物业");
		this.lifecycle.resolve(id, worker, "已清运");
		this.lifecycle.rate(id, resident, false, 3, "还有一堆");
		this.lifecycle.resolve(id, worker, "全部清运");
		this.lifecycle.rate(id, resident, true, 5, "好");
		assertThat(keysFor(id, resident.accountId())).containsExactly("notification.resident.SUBMITTED",
				"notification.resident.ACCEPTED", "notification.resident.STARTED", "notification.resident.RESOLVED",
				"notification.resident.REOPENED", "notification.resident.RESOLVED", "notification.resident.RATED");
	}

	@Test
	void theAssigneeHearsOfAnUrgeAndOfAReopening() {
		Long id = this.fixtures.submitted("HQ-G1");
		Actor worker = this.fixtures.actor("worker");
		this.lifecycle.accept(id, worker);
		this.lifecycle.recordEvent(id, this.fixtures.actor("community"), TicketEventType.URGED, "请尽快处理");
		this.lifecycle.resolve(id, worker, "已处理");
		this.lifecycle.rate(id, this.fixtures.actor("resident"), false, 2, "没有处理好");
		assertThat(keysFor(id, worker.accountId())).containsExactly("notification.owner.URGED",
				"notification.owner.REOPENED");
		assertThat(keysFor(id, this.fixtures.actor("worker2").accountId())).isEmpty();
	}

	@Test
	void whileNobodyHasTakenItTheGridsWorkersHearOfDeadlines() {
		Long id = this.fixtures.submitted("HQ-G1");
		this.lifecycle.recordEvent(id, null, TicketEventType.WARNING, "接单时限已过 80%");
		this.lifecycle.recordEvent(id, null, TicketEventType.OVERDUE, "接单超时");
		Long worker = this.fixtures.actor("worker").accountId();
		Long resident = this.fixtures.actor("resident").accountId();
		assertThat(keysFor(id, worker)).containsExactly("notification.owner.WARNING", "notification.owner.OVERDUE");
		assertThat(keysFor(id, resident)).containsExactly("notification.resident.SUBMITTED");
		assertThat(keysFor(id, this.fixtures.actor("worker2").accountId())).isEmpty();
	}

	@Test
	void inboxShowsTheUnreadCountAndOpeningANotificationLeadsToTheTicket() throws Exception {
		String phone = newResident();
		Actor resident = this.fixtures.actor(phone);
		Long id = this.lifecycle.submit(submission(), resident);
		assertThat(this.notifications.unreadCount(resident.accountId())).isEqualTo(1);
		String number = this.jdbc.queryForObject("select number from ticket where id = ?", String.class, id);
		this.mvc.perform(get("/notifications").with(as(this.users, phone)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("您的诉求已提交，工单编号 " + number),
					containsString("id=\"unread-count\""), containsString("notification-unread"))));
		this.mvc.perform(get("/notifications").header("Accept-Language", "en").param("lang", "en")
			.with(as(this.users, phone)))
			.andExpect(content().string(containsString("Your matter was submitted as ticket " + number)));
		Long notificationId = this.jdbc.queryForObject("select id from notification where account_id = ?",
				Long.class, resident.accountId());

		this.mvc.perform(post("/notifications/" + notificationId + "/open").with(as(this.users, "resident"))
			.with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(post("/notifications/" + notificationId + "/open").with(as(this.users, phone)).with(csrf()))
			.andExpect(redirectedUrl("/my/tickets/" + id));
		assertThat(this.notifications.unreadCount(resident.accountId())).isZero();
		this.mvc.perform(get("/my/tickets").with(as(this.users, phone)))
			.andExpect(content().string(not(containsString("id=\"unread-count\""))));
	}

	@Test
	void staffOpenTheStaffTicketPageAndCanMarkEverythingRead() throws Exception {
		Long id = this.fixtures.submitted("HQ-G1");
		this.lifecycle.recordEvent(id, null, TicketEventType.WARNING, null);
		Long worker = this.fixtures.actor("worker").accountId();
		Long notificationId = this.jdbc.queryForObject(
				"select id from notification where account_id = ? and ticket_id = ?", Long.class, worker, id);
		this.mvc.perform(post("/notifications/" + notificationId + "/open").with(as(this.users, "worker")).with(csrf()))
			.andExpect(redirectedUrl("/tickets/" + id));
		this.fixtures.submitted("HQ-G2");
		this.mvc.perform(post("/notifications/read").with(as(this.users, "worker")).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification where account_id = ? and ticket_id = ? and read_at is null",
				Long.class, worker, id))
			.isZero();
	}

	private List<String> keysFor(Long ticketId, Long accountId) {
		return this.jdbc.queryForList(
				"select message_key from notification where ticket_id = ? and account_id = ? order by id",
				String.class, ticketId, accountId);
	}

	@Test
	void aNotificationIsWrittenWithTheChangeItTellsOfAndNotThroughThePublicationRegistry() {
		Actor resident = this.fixtures.actor(newResident());
		long before = this.notifications.unreadCount(resident.accountId());
		Long publications = this.transactions.execute(status -> {
			Long id = this.lifecycle.submit(submission(), resident);
			assertThat(keysFor(id, resident.accountId())).containsExactly("notification.resident.SUBMITTED");
			status.setRollbackOnly();
			return this.jdbc.queryForObject("SELECT count(*) FROM event_publication", Long.class);
		});

		assertThat(publications).isZero();
		assertThat(this.notifications.unreadCount(resident.accountId())).isEqualTo(before);
	}

	private SubmitTicket submission() {
		SubmitTicket template = this.fixtures.webSubmission("C01", "HQ-G1");
		return new SubmitTicket(template.kind(), template.categoryId(), "消息测试", template.description(),
				template.gridId(), null, null, template.address(), template.contactPhone(), false, null, Channel.WEB,
				UUID.randomUUID().toString());
	}

	@Test
	void aCommandCenterWithThousandsUnreadSeesTheBadgeCappedAt99Plus() throws Exception {
		String phone = newResident();
		Long account = this.fixtures.actor(phone).accountId();
		this.jdbc.update("INSERT INTO notification (account_id, message_key) "
				+ "SELECT ?, 'notification.resident.SUBMITTED' FROM generate_series(1, 150)", account);

		assertThat(this.badge.count(account)).isEqualTo(UnreadBadge.LIMIT);
		assertThat(this.notifications.unreadCount(account)).isEqualTo(150);
		this.mvc.perform(get("/my/tickets").with(as(this.users, phone)))
			.andExpect(content().string(containsString("99+")));
	}

	private String newResident() {
		String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		this.accounts.registerResident(new RegisterResident("消息测试居民", phone, "Inbox-pass42"));
		return phone;
	}

}
