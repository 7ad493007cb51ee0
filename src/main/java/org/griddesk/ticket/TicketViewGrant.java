package org.griddesk.ticket;

/**
 * Another module's reason to let a staff member see a ticket outside their own scope — a department summoned by a
 * whistle sees the ticket it was summoned to. Consulted only when {@link TicketAccess} alone says no; it never lets
 * anyone work (accept, resolve) the ticket. Implementations are Spring beans.
 */
public interface TicketViewGrant {

	boolean canView(Long ticketId, Actor actor);

}
