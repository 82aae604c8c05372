package danvan.dialogue.register;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import danvan.platform.sheets.SheetStyles;
import danvan.platform.sheets.Sheets;

/**
 * The reception register as an .xlsx file in the 13 columns of Mẫu 03/TCD (Nghị định 154/2026/NĐ-CP), landscape
 * A4, the heading rows repeated on each printed page. Streamed, so a province's year fits in little memory.
 */
@Component
public class RegisterSheet {

	public static final int COLUMNS = 13;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final MessageSource messages;

	RegisterSheet(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] write(String unitName, LocalDate from, LocalDate to, List<ReceptionRegister.Row> rows, Locale locale) {
		try (SXSSFWorkbook book = new FastZipWorkbook()) {
			SheetStyles styles = new SheetStyles(book);
			CellStyle cell = SheetStyles.wrapped(styles.bordered(styles.plainFont()));
			CellStyle head = SheetStyles.wrapped(styles.bordered(styles.boldFont()));
			Sheet sheet = book.createSheet(text("dialogue.register.sheet", locale));
			sheet.getPrintSetup().setLandscape(true);
			sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
			Sheets.heading(sheet, 0, 0, COLUMNS - 1, text("dialogue.register.form", locale), styles.title());
			Sheets.heading(sheet, 1, 0, COLUMNS - 1, text("dialogue.register.heading", locale).toUpperCase(locale),
					styles.title());
			Sheets.heading(sheet, 2, 0, COLUMNS - 1, text("dialogue.register.periodOf", locale, unitName,
					from.format(DATE), to.format(DATE)), styles.plain(styles.plainFont()));
			Row header = Sheets.row(sheet, 4);
			Row numbers = Sheets.row(sheet, 5);
			for (int c = 0; c < COLUMNS; c++) {
				Sheets.text(header, c, text("dialogue.register.col" + (c + 1), locale), head);
				Sheets.text(numbers, c, "(" + (c + 1) + ")", head);
			}
			sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(4, 5, 0, COLUMNS - 1));
			Sheets.widths(sheet, 5, 11, 28, 14, 40, 11, 8, 18, 10, 24, 28, 36, 16);
			java.util.Map<danvan.dialogue.petition.PetitionKind, String> kinds = new java.util.EnumMap<>(
					danvan.dialogue.petition.PetitionKind.class);
			for (danvan.dialogue.petition.PetitionKind kind : danvan.dialogue.petition.PetitionKind.values()) {
				kinds.put(kind, text("dialogue.petitionKind." + kind, locale));
			}
			int r = 6;
			for (ReceptionRegister.Row row : rows) {
				Row x = Sheets.row(sheet, r++);
				Sheets.number(x, 0, row.number(), cell);
				Sheets.text(x, 1, row.receivedOn().format(DATE), cell);
				Sheets.text(x, 2, row.nameAndAddress(), cell);
				Sheets.text(x, 3, nz(row.identity()), cell);
				Sheets.text(x, 4, row.content(), cell);
				Sheets.text(x, 5, kinds.get(row.kind()), cell);
				Sheets.number(x, 6, row.people(), cell);
				Sheets.text(x, 7, nz(row.priorHandling()), cell);
				Sheets.text(x, 8, row.ownCompetence() ? "x" : "", cell);
				Sheets.text(x, 9, nz(row.guidance()), cell);
				Sheets.text(x, 10, nz(row.referredTo()), cell);
				Sheets.text(x, 11, nz(row.result()), cell);
				Sheets.text(x, 12, nz(row.note()), cell);
			}
			byte[] bytes = Sheets.bytes(book);
			book.dispose();
			return bytes;
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/**
	 * A streamed workbook whose .xlsx is deflated at the fastest level: a year of a province is tens of thousands of
	 * rows of sheet XML to compress, and the file grows only from 1.9 to 2.6 MB (RegisterSheetBenchmark).
	 */
	private static final class FastZipWorkbook extends SXSSFWorkbook {

		FastZipWorkbook() {
			super(200);
		}

		@Override
		protected org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream createArchiveOutputStream(
				java.io.OutputStream out) {
			org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
			zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
			return zip;
		}

	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

}
