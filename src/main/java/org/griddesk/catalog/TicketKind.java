package org.griddesk.catalog;

/** The three kinds of matters residents raise. */
public enum TicketKind {

	/** 业务办理, including on-site proxy handling. */
	SERVICE,
	/** 诉求申请, e.g. a water or power outage. */
	APPEAL,
	/** 问题投诉. */
	COMPLAINT

}
