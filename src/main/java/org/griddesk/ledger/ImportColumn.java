package org.griddesk.ledger;

/**
 * The columns of an import file, in the template's order. A file names them in its header row, in Chinese or
 * English (the labels of {@code ledger.column.*}); the order in the file does not matter, the required ones must be
 * there.
 */
enum ImportColumn {

	GRID_CODE("gridCode", true), BUILDING("building", true), UNIT("unit", false), ROOM("room", true),
	ADDRESS("address", false), NAME("name", true), GENDER("gender", true), BIRTH_DATE("birthDate", false),
	ID_NUMBER("idNumber", true), PHONE("phone", false), RELATION("relation", true), TAGS("tags", false),
	NOTES("notes", false);

	private final String field;

	private final boolean required;

	ImportColumn(String field, boolean required) {
		this.field = field;
		this.required = required;
	}

	/** The form field and message suffix this column stands for ({@code ledger.column.<field>}). */
	public String field() {
		return this.field;
	}

	public boolean required() {
		return this.required;
	}

	public String labelKey() {
		return "ledger.column." + this.field;
	}

}
