package org.griddesk.catalog;

/** What an administrator sets for one line of the responsibility list. */
public record CategoryDefinition(String name, String description, TicketKind kind, OwnerLevel ownerLevel,
		Long departmentId, int acceptWindowHours, int resolveWindowHours, boolean proxyCapable, boolean enabled) {

	/** One line for the audit log. */
	String describe() {
		return this.name + " " + this.kind + " owner=" + this.ownerLevel
				+ (this.departmentId == null ? "" : " department=" + this.departmentId) + " accept=" + this.acceptWindowHours
				+ "h resolve=" + this.resolveWindowHours + "h" + (this.proxyCapable ? " proxy" : "")
				+ (this.enabled ? "" : " disabled");
	}

}
