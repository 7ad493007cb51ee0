/**
 * Tells people what happened to the tickets they care about: an in-app inbox for every signed-in user (with the unread
 * count in the page header) and, when mail is configured, an e-mail as well. It listens to
 * {@link org.griddesk.ticket.TicketStatusChanged}; the ticket module knows nothing of it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.griddesk.notification;
