package org.griddesk.catalog;

/** Who owns a category's matters: the grid of the address, its community or street, or a district department. */
public enum OwnerLevel {

	GRID, COMMUNITY, STREET, DEPARTMENT

}
