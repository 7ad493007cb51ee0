package org.griddesk.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.griddesk.web.DateTimes;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes a report as an Excel workbook: a summary sheet, then one sheet per breakdown, all from the report's lines. */
@Component
class ReportWorkbook {

	private static final String[] FIGURE_COLUMNS = { "report.col.submitted", "report.col.cancelled",
			"report.col.accepted", "report.col.acceptRate", "report.col.completionRate", "report.col.onTimeRate",
			"report.col.satisfaction", "report.col.rated", "report.col.closedUnrated", "report.col.reopened",
			"report.col.timeToAccept", "report.col.timeToResolve", "report.col.open", "report.col.warning",
			"report.col.overdue" };

	private final MessageSource messages;

	private final FigureFormat format;

	private final DateTimes dates;

	ReportWorkbook(MessageSource messages, FigureFormat format, DateTimes dates) {
		this.messages = messages;
		this.format = format;
		this.dates = dates;
	}

	byte[] write(ReportView report, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);

			Sheet summary = workbook.createSheet(text("report.sheet.summary", locale));
			int row = 0;
			cell(summary, row++, 0, text("report.title." + report.kind(), locale, report.regionName()), bold);
			pair(summary, row++, text("report.region", locale), report.regionName());
			pair(summary, row++, text("report.period", locale), report.period().from() + " — " + report.period().to());
			pair(summary, row++, text("report.formulaVersion", locale), report.formulaVersion());
			pair(summary, row++, text("report.generatedAt", locale), this.dates.dateTime(report.generatedAt()));
			row++;
			Figures f = report.total().figures();
			Live live = report.total().live();
			pair(summary, row++, text("report.col.submitted", locale), f.submitted());
			pair(summary, row++, text("report.col.open", locale), live.open());
			pair(summary, row++, text("report.col.warning", locale), live.warning());
			pair(summary, row++, text("report.col.overdue", locale), live.overdue());
			pair(summary, row++, text("report.col.acceptRate", locale), this.format.percent(f.acceptedInWindowRate()));
			pair(summary, row++, text("report.col.completionRate", locale), this.format.percent(f.completionRate()));
			pair(summary, row++, text("report.col.onTimeRate", locale), this.format.percent(f.onTimeRate()));
			pair(summary, row++, text("report.col.satisfaction", locale), this.format.percent(f.satisfaction()));
			pair(summary, row++, text("report.col.timeToAccept", locale), this.format.hours(f.meanTimeToAccept()));
			pair(summary, row++, text("report.col.timeToResolve", locale), this.format.hours(f.meanTimeToResolve()));
			row++;
			cell(summary, row, 0, text("report.definitions", locale), null);
			summary.setColumnWidth(0, 28 * 256);
			summary.setColumnWidth(1, 28 * 256);

			lines(workbook.createSheet(text("report.sheet.regions", locale)), text("report.col.region", locale),
					report.regions(), bold, locale);
			lines(workbook.createSheet(text("report.sheet.categories", locale)), text("report.col.category", locale),
					report.categories(), bold, locale);
			lines(workbook.createSheet(text("report.sheet.worst", locale)), text("report.col.unit", locale),
					report.worst(), bold, locale);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void lines(Sheet sheet, String subject, List<ReportLine> lines, CellStyle bold, Locale locale) {
		Row head = sheet.createRow(0);
		head.createCell(0).setCellValue(subject);
		head.getCell(0).setCellStyle(bold);
		for (int i = 0; i < FIGURE_COLUMNS.length; i++) {
			head.createCell(i + 1).setCellValue(text(FIGURE_COLUMNS[i], locale));
			head.getCell(i + 1).setCellStyle(bold);
		}
		int r = 1;
		for (ReportLine line : lines) {
			Figures f = line.figures();
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(line.label());
			number(row, 1, f.submitted());
			number(row, 2, f.cancelled());
			number(row, 3, f.accepted());
			rate(row, 4, f.acceptedInWindowRate());
			rate(row, 5, f.completionRate());
			rate(row, 6, f.onTimeRate());
			rate(row, 7, f.satisfaction());
			number(row, 8, f.rated());
			number(row, 9, f.closedUnrated());
			number(row, 10, f.reopened());
			row.createCell(11).setCellValue(this.format.hours(f.meanTimeToAccept()));
			row.createCell(12).setCellValue(this.format.hours(f.meanTimeToResolve()));
			number(row, 13, line.live().open());
			number(row, 14, line.live().warning());
			number(row, 15, line.live().overdue());
		}
		sheet.setColumnWidth(0, 24 * 256);
	}

	private void rate(Row row, int column, Double rate) {
		row.createCell(column).setCellValue(this.format.percent(rate));
	}

	private static void number(Row row, int column, long value) {
		row.createCell(column).setCellValue(value);
	}

	private static void pair(Sheet sheet, int row, String label, Object value) {
		cell(sheet, row, 0, label, null);
		Row line = sheet.getRow(row);
		if (value instanceof Number number) {
			line.createCell(1).setCellValue(number.doubleValue());
		}
		else {
			line.createCell(1).setCellValue(String.valueOf(value));
		}
	}

	private static void cell(Sheet sheet, int row, int column, String value, CellStyle style) {
		Row line = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
		line.createCell(column).setCellValue(value);
		if (style != null) {
			line.getCell(column).setCellStyle(style);
		}
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

}
