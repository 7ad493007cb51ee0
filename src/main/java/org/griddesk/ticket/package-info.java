/**
 * Tickets and their closed loop: submission and routing by the responsibility list, deadlines, the state machine
 * ({@link org.griddesk.ticket.TicketLifecycle}), the append-only timeline, and the
 * {@link org.griddesk.ticket.TicketStatusChanged} events other modules listen to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tickets")
package org.griddesk.ticket;
