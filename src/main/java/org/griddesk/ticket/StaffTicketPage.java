package org.griddesk.ticket;

import org.springframework.ui.Model;

/**
 * The one staff ticket page ({@code /tickets/{id}}), for a module whose form on that page — one of its
 * {@link TicketPagePanel}s — was refused: it shows the page again, the module's form and errors already in the
 * model, so that the message stands next to the field.
 */
public interface StaffTicketPage {

	/** Fills the model for the ticket as the actor sees it (404 outside their scope) and names the view. */
	String render(Long ticketId, Actor actor, Model model);

}
