package org.griddesk.ticket;

/**
 * A condition another module places on resolving a ticket (dispatch: no whistle may still be open), checked by
 * {@link TicketLifecycle#resolve} without the ticket module knowing that module. Implementations are Spring beans
 * and throw a {@link org.griddesk.web.ConflictException} to refuse.
 */
public interface ResolveGuard {

	void check(Long ticketId);

}
