package org.griddesk.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads an import file into rows: an Excel workbook (.xlsx, first sheet) or UTF-8 CSV (RFC 4180 quoting, an
 * optional byte-order mark). The first non-empty row is the header; blank rows are skipped.
 */
@Component
class LedgerFileReader {

	static final int MAX_ROWS = 2000;

	private static final Locale[] HEADER_LANGUAGES = { Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH };

	private final Map<String, ImportColumn> headers = new HashMap<>();

	private final MessageSource messages;

	LedgerFileReader(MessageSource messages) {
		this.messages = messages;
		for (ImportColumn column : ImportColumn.values()) {
			this.headers.put(normalizeHeader(column.name()), column);
			this.headers.put(normalizeHeader(column.field()), column);
			for (Locale locale : HEADER_LANGUAGES) {
				this.headers.put(normalizeHeader(messages.getMessage(column.labelKey(), null, locale)), column);
			}
		}
	}

	List<RawRow> read(String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new ImportFileException("ledger.import.emptyFile");
		}
		boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K';
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		if (zip || name.endsWith(".xlsx")) {
			return rows(readWorkbook(content));
		}
		if (name.endsWith(".xls")) {
			throw new ImportFileException("ledger.import.oldExcel");
		}
		return rows(readCsv(content));
	}

	private List<RawRow> rows(List<List<String>> table) {
		int headerIndex = 0;
		while (headerIndex < table.size() && isBlank(table.get(headerIndex))) {
			headerIndex++;
		}
		if (headerIndex == table.size()) {
			throw new ImportFileException("ledger.import.emptyFile");
		}
		List<String> header = table.get(headerIndex);
		Map<Integer, ImportColumn> positions = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			ImportColumn column = this.headers.get(normalizeHeader(header.get(i)));
			if (column != null && !positions.containsValue(column)) {
				positions.put(i, column);
			}
		}
		Locale locale = LocaleContextHolder.getLocale();
		List<String> missing = new ArrayList<>();
		for (ImportColumn column : ImportColumn.values()) {
			if (column.required() && !positions.containsValue(column)) {
				missing.add(this.messages.getMessage(column.labelKey(), null, locale));
			}
		}
		if (!missing.isEmpty()) {
			throw new ImportFileException("ledger.import.missingColumns", String.join("zh".equals(locale.getLanguage()) ? "、" : ", ", missing));
		}
		List<RawRow> rows = new ArrayList<>();
		for (int r = headerIndex + 1; r < table.size(); r++) {
			List<String> cells = table.get(r);
			if (isBlank(cells)) {
				continue;
			}
			if (rows.size() == MAX_ROWS) {
				throw new ImportFileException("ledger.import.tooManyRows", MAX_ROWS);
			}
			Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
			positions.forEach((index, column) -> values.put(column, index < cells.size() ? cells.get(index).strip() : ""));
			rows.add(new RawRow(r + 1, values));
		}
		if (rows.isEmpty()) {
			throw new ImportFileException("ledger.import.noRows");
		}
		return rows;
	}

	private static List<List<String>> readWorkbook(byte[] content) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new ImportFileException("ledger.import.emptyFile");
			}
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<List<String>> table = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
						cells.add(text(row.getCell(c), formatter));
					}
				}
				table.add(cells);
				if (table.size() > MAX_ROWS + 50) {
					throw new ImportFileException("ledger.import.tooManyRows", MAX_ROWS);
				}
			}
			return table;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportFileException importProblem) {
				throw importProblem;
			}
			throw new ImportFileException("ledger.import.unreadable");
		}
	}

	/** Dates become ISO dates whatever the cell's display format; everything else is shown as Excel shows it. */
	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
		}
		return formatter.formatCellValue(cell);
	}

	private static List<List<String>> readCsv(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new ImportFileException("ledger.import.notUtf8");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<List<String>> table = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"' && cell.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				table.add(row);
				row = new ArrayList<>();
				if (table.size() > MAX_ROWS + 50) {
					throw new ImportFileException("ledger.import.tooManyRows", MAX_ROWS);
				}
			}
			else {
				cell.append(c);
			}
		}
		if (quoted) {
			throw new ImportFileException("ledger.import.unreadable");
		}
		if (!cell.isEmpty() || !row.isEmpty()) {
			row.add(cell.toString());
			table.add(row);
		}
		return table;
	}

	private static boolean isBlank(List<String> cells) {
		return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
	}

	private static String normalizeHeader(String header) {
		return header == null ? "" : header.replaceAll("[\\s*_（）()]", "").toLowerCase(Locale.ROOT);
	}

}
