package org.griddesk.catalog;

/** What an administrator sets for one line of the responsibility list. */
public record CategoryDefinition(String name, String description, TicketKind kind, OwnerLevel ownerLevel,
		Long departmentId, int acceptWindowHours, int resolveWindowHours, boolean proxyCapable, boolean enabled) {
}
