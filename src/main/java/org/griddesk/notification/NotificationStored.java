package org.griddesk.notification;

/** A notification is in an account's inbox; published only where mail is set up, to mail it after the commit. */
record NotificationStored(Long notificationId, Long accountId) {
}
