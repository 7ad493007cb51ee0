package org.griddesk.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The ledger's spreadsheets: the import template (header row in the user's language, an example row, every column
 * formatted as text so that Excel keeps 18-digit identity numbers intact) and the export of a grid's ledger with
 * identity numbers and phones masked.
 */
@Component
class LedgerWorkbooks {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final List<String> EXAMPLE = List.of("HQ-G1", "3", "2", "501", "红旗路 18 号", "张三", "男",
			"1980-01-01", "230302198001010015", "13800138000", "户主", "低保", "");

	private final MessageSource messages;

	LedgerWorkbooks(MessageSource messages) {
		this.messages = messages;
	}

	byte[] templateXlsx(Locale locale) {
		List<String> header = header(locale);
		return workbook(locale, header, List.of(EXAMPLE));
	}

	byte[] templateCsv(Locale locale) {
		String text = "\uFEFF" + csvLine(header(locale)) + csvLine(EXAMPLE);
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** One row per person: the door's columns, then the person's, with masked identity number and phone. */
	byte[] export(List<ExportRow> rows, Locale locale) {
		List<String> header = new ArrayList<>(header(locale));
		header.add(this.messages.getMessage("ledger.column.status", null, locale));
		List<List<String>> lines = rows.stream().map(row -> {
			PersonView person = row.person();
			HouseholdView door = row.household();
			return List.of(row.gridCode(), door.building(), door.unit(), door.room(), door.address(), person.name(),
					label("ledger.gender.", person.gender(), locale),
					person.birthDate() == null ? "" : person.birthDate().format(DateTimeFormatter.ISO_LOCAL_DATE),
					person.maskedIdNumber(), person.maskedPhone(), label("ledger.relation.", person.relation(), locale),
					person.tags()
						.stream()
						.map(tag -> label("ledger.tag.", tag, locale))
						.collect(Collectors.joining("、")),
					person.notes() == null ? "" : person.notes(), label("ledger.status.", person.status(), locale));
		}).toList();
		return workbook(locale, header, lines);
	}

	private byte[] workbook(Locale locale, List<String> header, List<List<String>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(this.messages.getMessage("ledger.export.sheet", null, locale));
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row head = sheet.createRow(0);
			for (int c = 0; c < header.size(); c++) {
				head.createCell(c).setCellValue(header.get(c));
				head.getCell(c).setCellStyle(bold);
				sheet.setDefaultColumnStyle(c, text);
				sheet.setColumnWidth(c, c == 4 || c == 8 || c == 12 ? 24 * 256 : 13 * 256);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<String> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					row.createCell(c).setCellValue(values.get(c));
					row.getCell(c).setCellStyle(text);
				}
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> header(Locale locale) {
		List<String> header = new ArrayList<>();
		for (ImportColumn column : ImportColumn.values()) {
			header.add(this.messages.getMessage(column.labelKey(), null, locale));
		}
		return header;
	}

	private String label(String prefix, Enum<?> value, Locale locale) {
		return value == null ? "" : this.messages.getMessage(prefix + value.name(), null, value.name(), locale);
	}

	private static String csvLine(List<String> values) {
		return values.stream().map(value -> {
			if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
				return "\"" + value.replace("\"", "\"\"") + "\"";
			}
			return value;
		}).collect(Collectors.joining(",")) + "\r\n";
	}

}
