package danvan.platform.sheets;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook as danvan's documents use them: Times New Roman, thin borders, two decimals.
 * The number format is {@code 0.00}: Excel shows it with the reader's decimal separator, a comma on a Vietnamese
 * system, while the cell keeps a number a formula can add up.
 */
public final class SheetStyles {

	/** Two decimal places. */
	public static final String TWO_DECIMALS = "0.00";

	public static final String FONT = "Times New Roman";

	private final Workbook book;

	private final Font bold;

	private final Font plain;

	public SheetStyles(Workbook book) {
		this.book = book;
		bold = book.createFont();
		bold.setBold(true);
		bold.setFontName(FONT);
		plain = book.createFont();
		plain.setFontName(FONT);
	}

	public Font boldFont() {
		return bold;
	}

	public Font plainFont() {
		return plain;
	}

	/** A style with {@code font} (null: the workbook's default), without borders. */
	public CellStyle plain(Font font) {
		CellStyle style = book.createCellStyle();
		if (font != null) {
			style.setFont(font);
		}
		return style;
	}

	/** A style with {@code font} (null: the workbook's default) and thin borders all round: a table cell. */
	public CellStyle bordered(Font font) {
		CellStyle style = plain(font);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		return style;
	}

	/** A bold, centred heading line, usually merged across the table. */
	public CellStyle title() {
		CellStyle style = plain(bold);
		style.setAlignment(HorizontalAlignment.CENTER);
		return style;
	}

	/** {@code style} showing two decimals. */
	public CellStyle decimal(CellStyle style) {
		style.setDataFormat(book.createDataFormat().getFormat(TWO_DECIMALS));
		return style;
	}

	/** {@code style} left open for typing once the sheet is {@linkplain Sheets#lock locked}. */
	public static CellStyle open(CellStyle style) {
		style.setLocked(false);
		return style;
	}

	/** {@code style} wrapping long text over several lines. */
	public static CellStyle wrapped(CellStyle style) {
		style.setWrapText(true);
		return style;
	}

}
