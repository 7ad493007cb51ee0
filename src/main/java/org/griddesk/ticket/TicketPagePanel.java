package org.griddesk.ticket;

/**
 * A section another module adds to the staff ticket page (dispatch's whistle panel, for one), so that the ticket
 * module renders it without depending on that module. Implementations are Spring beans.
 */
public interface TicketPagePanel {

	/** Template and fragment, e.g. {@code dispatch/ticket-panel :: panel}; the fragment sees the model as {@code panel}. */
	String fragment();

	/** What the fragment shows for this ticket and reader, or {@code null} to leave the panel out. */
	Object model(TicketView ticket, Actor actor);

}
