package danvan.commendation.web;

import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import danvan.platform.sheets.SheetStyles;
import danvan.platform.sheets.Sheets;

import danvan.commendation.registry.CommendationStatistics.Line;
import danvan.commendation.registry.CommendationStatistics.Statistics;
import danvan.commendation.registry.CommendationStatistics.Total;

/** The statistics as an Excel workbook on the platform sheet toolkit: the totals, then every group. */
@Component
class StatisticsSheet {

	private final MessageSource messages;

	StatisticsSheet(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(Statistics s, String unitName, Locale locale) {
		try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
			SheetStyles styles = new SheetStyles(book);
			CellStyle cell = styles.bordered(styles.plainFont());
			CellStyle head = SheetStyles.wrapped(styles.bordered(styles.boldFont()));
			Sheet sheet = book.createSheet(text("commendation.statistics.sheet", locale));
			Sheets.heading(sheet, 0, 0, 6, text("commendation.statistics.heading", locale, unitName, s.fromYear(),
					s.toYear()).toUpperCase(locale), styles.title());
			int r = 2;
			r = totals(sheet, r, text("commendation.statistics.byYear", locale), s.byYear(), head, cell, locale);
			r = totals(sheet, r, text("commendation.statistics.byAward", locale), s.byAward(), head, cell, locale);
			r = totals(sheet, r, text("commendation.statistics.byLevel", locale), s.byLevel(), head, cell, locale);
			r = totals(sheet, r, text("commendation.statistics.byUnit", locale), s.byUnit(), head, cell, locale);
			Row header = Sheets.row(sheet, r++);
			String[] columns = { "year", "kind", "award", "level", "unit", "count", "amount" };
			for (int c = 0; c < columns.length; c++) {
				Sheets.text(header, c, text("commendation.statistics.col." + columns[c], locale), head);
			}
			for (Line l : s.lines()) {
				Row x = Sheets.row(sheet, r++);
				Sheets.number(x, 0, l.year(), cell);
				Sheets.text(x, 1, text("commendation.recipientKind." + l.kind().name(), locale), cell);
				Sheets.text(x, 2, l.award(), cell);
				Sheets.text(x, 3, l.level(), cell);
				Sheets.text(x, 4, l.unit(), cell);
				Sheets.number(x, 5, l.count(), cell);
				Sheets.number(x, 6, l.amount().doubleValue(), cell);
			}
			Sheets.widths(sheet, 40, 12, 40, 30, 36, 10, 16);
			byte[] bytes = Sheets.bytes(book);
			book.dispose();
			return bytes;
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private int totals(Sheet sheet, int r, String title, List<Total> totals, CellStyle head, CellStyle cell,
			Locale locale) {
		Row header = Sheets.row(sheet, r++);
		Sheets.text(header, 0, title, head);
		Sheets.text(header, 1, text("commendation.recipientKind.COLLECTIVE", locale), head);
		Sheets.text(header, 2, text("commendation.recipientKind.INDIVIDUAL", locale), head);
		Sheets.text(header, 3, text("commendation.statistics.col.count", locale), head);
		Sheets.text(header, 4, text("commendation.statistics.col.amount", locale), head);
		for (Total t : totals) {
			Row x = Sheets.row(sheet, r++);
			Sheets.text(x, 0, t.key(), cell);
			Sheets.number(x, 1, t.collectives(), cell);
			Sheets.number(x, 2, t.individuals(), cell);
			Sheets.number(x, 3, t.count(), cell);
			Sheets.number(x, 4, t.amount().doubleValue(), cell);
		}
		return r + 1;
	}

	private String text(String key, Locale locale, Object... args) {
		Object[] plain = java.util.Arrays.stream(args).map(a -> a instanceof Number ? a.toString() : a).toArray();
		return messages.getMessage(key, plain, locale);
	}

}
