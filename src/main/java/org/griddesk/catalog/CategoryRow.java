package org.griddesk.catalog;

/** A category in the administrator's list, with the name of its department. */
record CategoryRow(CategoryView category, String department) {
}
