package org.griddesk.ledger;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One row of an uploaded file as the preview showed it: the cells as read and the verdict with its reasons. */
@Embeddable
class ImportLine {

	@Column(name = "line_no")
	private int lineNo;

	private String gridCode;

	private String building;

	private String unit;

	private String room;

	private String address;

	private String name;

	private String gender;

	private String birthDate;

	private String idNumber;

	private String phone;

	private String relation;

	private String tags;

	private String notes;

	@Enumerated(EnumType.STRING)
	private ImportVerdict verdict;

	private String reasons;

	protected ImportLine() {
	}

	ImportLine(RawRow row, ImportVerdict verdict, List<ImportReason> reasons) {
		this.lineNo = row.lineNo();
		this.gridCode = cut(row.get(ImportColumn.GRID_CODE), 64);
		this.building = cut(row.get(ImportColumn.BUILDING), 64);
		this.unit = cut(row.get(ImportColumn.UNIT), 64);
		this.room = cut(row.get(ImportColumn.ROOM), 64);
		this.address = cut(row.get(ImportColumn.ADDRESS), 300);
		this.name = cut(row.get(ImportColumn.NAME), 100);
		this.gender = cut(row.get(ImportColumn.GENDER), 16);
		this.birthDate = cut(row.get(ImportColumn.BIRTH_DATE), 32);
		this.idNumber = cut(row.get(ImportColumn.ID_NUMBER), 32);
		this.phone = cut(row.get(ImportColumn.PHONE), 32);
		this.relation = cut(row.get(ImportColumn.RELATION), 32);
		this.tags = cut(row.get(ImportColumn.TAGS), 200);
		this.notes = cut(row.get(ImportColumn.NOTES), 1000);
		this.verdict = verdict;
		this.reasons = cut(ImportReason.encode(reasons), 1000);
	}

	RawRow toRow() {
		Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
		cells.put(ImportColumn.GRID_CODE, this.gridCode);
		cells.put(ImportColumn.BUILDING, this.building);
		cells.put(ImportColumn.UNIT, this.unit);
		cells.put(ImportColumn.ROOM, this.room);
		cells.put(ImportColumn.ADDRESS, this.address);
		cells.put(ImportColumn.NAME, this.name);
		cells.put(ImportColumn.GENDER, this.gender);
		cells.put(ImportColumn.BIRTH_DATE, this.birthDate);
		cells.put(ImportColumn.ID_NUMBER, this.idNumber);
		cells.put(ImportColumn.PHONE, this.phone);
		cells.put(ImportColumn.RELATION, this.relation);
		cells.put(ImportColumn.TAGS, this.tags);
		cells.put(ImportColumn.NOTES, this.notes);
		return new RawRow(this.lineNo, cells);
	}

	ImportLineView toView() {
		String door = this.unit == null || this.unit.isEmpty() ? this.building + "-" + this.room
				: this.building + "-" + this.unit + "-" + this.room;
		return new ImportLineView(this.lineNo, this.verdict, this.gridCode, door, this.name, this.gender,
				Masking.idNumber(this.idNumber), Masking.phone(this.phone), this.relation, this.tags,
				ImportReason.decode(this.reasons));
	}

	ImportVerdict verdict() {
		return this.verdict;
	}

	int lineNo() {
		return this.lineNo;
	}

	private static String cut(String value, int max) {
		if (value == null) {
			return "";
		}
		return value.length() > max ? value.substring(0, max) : value;
	}

}
