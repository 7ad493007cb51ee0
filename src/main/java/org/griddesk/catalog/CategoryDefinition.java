package org.griddesk.catalog;

/**
 * What an administrator sets for one line of the responsibility list. Windows count wall-clock hours unless the
 * category is switched to working hours.
 */
public record CategoryDefinition(String name, String description, TicketKind kind, OwnerLevel ownerLevel,
		Long departmentId, int acceptWindowHours, int resolveWindowHours, boolean proxyCapable, boolean enabled,
		WindowCalendar windowCalendar) {

	public CategoryDefinition {
		windowCalendar = windowCalendar == null ? WindowCalendar.WALL_CLOCK : windowCalendar;
	}

	/** A category whose windows count wall-clock hours. */
	public CategoryDefinition(String name, String description, TicketKind kind, OwnerLevel ownerLevel,
			Long departmentId, int acceptWindowHours, int resolveWindowHours, boolean proxyCapable, boolean enabled) {
		this(name, description, kind, ownerLevel, departmentId, acceptWindowHours, resolveWindowHours, proxyCapable,
				enabled, WindowCalendar.WALL_CLOCK);
	}

	/** One line for the audit log. */
	String describe() {
		return this.name + " " + this.kind + " owner=" + this.ownerLevel
				+ (this.departmentId == null ? "" : " department=" + this.departmentId) + " accept=" + this.acceptWindowHours
				+ "h resolve=" + this.resolveWindowHours + "h" + (this.proxyCapable ? " proxy" : "")
				+ (this.enabled ? "" : " disabled") + " windows=" + this.windowCalendar;
	}

}
