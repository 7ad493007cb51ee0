package org.griddesk.ticket;

/** How a ticket reached GridDesk. */
public enum Channel {

	/** A resident from a browser. */
	WEB,
	/** A worker filed it for a resident at the desk. */
	WALK_IN,
	/** A worker filed it for a resident on the phone. */
	PHONE,
	/** Another system through the Open311 API. */
	OPEN311

}
