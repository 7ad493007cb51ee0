package org.griddesk.catalog;

public record CategoryView(Long id, String code, String name, String description, TicketKind kind,
		OwnerLevel ownerLevel, Long departmentId, int acceptWindowHours, int resolveWindowHours, boolean proxyCapable,
		boolean enabled, WindowCalendar windowCalendar) {

	public CategoryView(Long id, String code, String name, String description, TicketKind kind,
			OwnerLevel ownerLevel, Long departmentId, int acceptWindowHours, int resolveWindowHours,
			boolean proxyCapable, boolean enabled) {
		this(id, code, name, description, kind, ownerLevel, departmentId, acceptWindowHours, resolveWindowHours,
				proxyCapable, enabled, WindowCalendar.WALL_CLOCK);
	}

}
