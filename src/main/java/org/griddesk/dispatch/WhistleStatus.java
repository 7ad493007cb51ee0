package org.griddesk.dispatch;

/** A whistle is open until every summoned department finished its part, or a commander withdrew it. */
public enum WhistleStatus {

	OPEN, CLOSED, WITHDRAWN

}
