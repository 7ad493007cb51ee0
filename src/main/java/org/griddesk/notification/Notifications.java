package org.griddesk.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.griddesk.account.AccountView;
import org.griddesk.account.Accounts;
import org.griddesk.ticket.TicketStatus;
import org.griddesk.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox of every account, and delivery: each notification is stored for the inbox and, when mail is configured
 * ({@code spring.mail.host}) and the account has an address, also sent by e-mail.
 */
@Service
@Transactional(readOnly = true)
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	/** Mail goes out in the district's language; the inbox follows each reader's choice. */
	private static final Locale MAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final NotificationRepository notifications;

	private final Accounts accounts;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final String mailFrom;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Notifications(NotificationRepository notifications, Accounts accounts, ObjectProvider<JavaMailSender> mailSender,
			MessageSource messages, @Value("${griddesk.mail.from:griddesk@localhost}") String mailFrom, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.mailFrom = mailFrom;
		this.notifications = notifications;
		this.accounts = accounts;
		this.mailSender = mailSender;
		this.messages = messages;
		this.clock = clock;
	}

	public Page<NotificationView> inbox(Long accountId, Pageable pageable) {
		return this.notifications.findByAccountIdOrderByCreatedAtDescIdDesc(accountId, pageable).map(Notifications::toView);
	}

	public long unreadCount(Long accountId) {
		return this.notifications.countByAccountIdAndReadAtIsNull(accountId);
	}

	/** Marks one of the account's own notifications read; another account's answers 404. */
	@Transactional
	public NotificationView markRead(Long id, Long accountId) {
		Notification notification = this.notifications.findByIdAndAccountId(id, accountId)
			.orElseThrow(() -> new NotFoundException("notification", id));
		notification.markRead(this.clock.instant());
		return toView(notification);
	}

	@Transactional
	public int markAllRead(Long accountId) {
		return this.notifications.markAllRead(accountId, this.clock.instant());
	}

	/**
	 * Stores the notification for the inbox, in the transaction of the change it tells of; where mail is set up, it
	 * goes out by mail once that transaction has committed.
	 */
	@Transactional
	void deliver(Long accountId, Long ticketId, String messageKey, String ticketNumber, TicketStatus status) {
		Notification notification = this.notifications.save(new Notification(accountId, ticketId, messageKey,
				List.of(ticketNumber, status.name()), this.clock.instant()));
		if (this.mailSender.getIfAvailable() != null) {
			this.events.publishEvent(new NotificationStored(notification.getId(), accountId));
		}
	}

	/** A failed mail is logged, not retried: the inbox already has the message. */
	@ApplicationModuleListener
	void on(NotificationStored stored) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		AccountView account = this.accounts.get(stored.accountId());
		Optional<Notification> notification = this.notifications.findById(stored.notificationId());
		if (sender == null || notification.isEmpty() || account.email() == null || account.email().isBlank()) {
			return;
		}
		NotificationView view = toView(notification.get());
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.mailFrom);
		mail.setTo(account.email());
		mail.setSubject(this.messages.getMessage("notification.mail.subject", new Object[] { view.ticketNumber() },
				MAIL_LOCALE));
		String text = this.messages.getMessage(view.messageKey(),
				new Object[] { view.ticketNumber(), view.statusLabel() }, MAIL_LOCALE);
		mail.setText(this.messages.getMessage("notification.mail.body", new Object[] { account.displayName(), text },
				MAIL_LOCALE));
		try {
			sender.send(mail);
		}
		catch (MailException ex) {
			log.warn("Could not mail notification {} to account {}: {}", view.id(), stored.accountId(),
					ex.getMessage());
		}
	}

	private static NotificationView toView(Notification notification) {
		List<String> arguments = notification.getArguments();
		String number = arguments.isEmpty() ? "" : arguments.get(0);
		TicketStatus status = arguments.size() < 2 ? null : TicketStatus.valueOf(arguments.get(1));
		return new NotificationView(notification.getId(), notification.getTicketId(), notification.getMessageKey(),
				number, status, notification.getCreatedAt(), notification.getReadAt() != null);
	}

}
