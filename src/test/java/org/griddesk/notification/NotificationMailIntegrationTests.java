package org.griddesk.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.griddesk.account.Accounts;
import org.griddesk.account.RegisterResident;
import org.griddesk.support.IntegrationTest;
import org.griddesk.ticket.Actor;
import org.griddesk.ticket.Channel;
import org.griddesk.ticket.SubmitTicket;
import org.griddesk.ticket.TicketFixtures;
import org.griddesk.ticket.TicketLifecycle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With {@code spring.mail.host} set, notifications also go out by e-mail — to a real SMTP server (GreenMail) on a free
 * local port. Mail needs different properties, so this class starts the test run's one extra Spring context; keep
 * every other mail test in here.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.mail.host=127.0.0.1")
class NotificationMailIntegrationTests {

	private static final int SMTP_PORT = freePort();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
		.withPerMethodLifecycle(false);

	@Autowired
	TicketFixtures fixtures;

	@Autowired
	TicketLifecycle lifecycle;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Test
	void aResidentWithAnAddressGetsTheNotificationByMailToo() throws Exception {
		String phone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		Long accountId = this.accounts.registerResident(new RegisterResident("邮件测试", phone, "Mailbox-pass3")).id();
		String address = "resident-" + phone + "@example.org";
		this.jdbc.update("update account set email = ? where id = ?", address, accountId);
		Actor resident = this.fixtures.actor(phone);

		Long id = this.lifecycle.submit(submission(), resident);
		String number = this.jdbc.queryForObject("select number from ticket where id = ?", String.class, id);

		await().atMost(Duration.ofSeconds(20)).until(() -> mailTo(address) != null);
		MimeMessage mail = mailTo(address);
		assertThat(mail.getSubject()).contains(number);
		assertThat(mail.getContent().toString()).contains("邮件测试").contains("您的诉求已提交，工单编号 " + number);
		assertThat(this.jdbc.queryForObject("select count(*) from notification where account_id = ?", Long.class,
				accountId))
			.isEqualTo(1);
		// the mail goes through the event publication registry, which removes a publication once it is delivered
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.jdbc.queryForObject(
					"SELECT count(*) FROM event_publication WHERE event_type LIKE '%.NotificationStored'", Long.class))
				.isZero());
	}

	private static MimeMessage mailTo(String address) throws Exception {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
				return message;
			}
		}
		return null;
	}

	private SubmitTicket submission() {
		SubmitTicket template = this.fixtures.webSubmission("C01", "HQ-G1");
		return new SubmitTicket(template.kind(), template.categoryId(), "邮件通知", template.description(),
				template.gridId(), null, null, template.address(), template.contactPhone(), false, null, Channel.WEB,
				UUID.randomUUID().toString());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
