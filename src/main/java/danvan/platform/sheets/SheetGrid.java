package danvan.platform.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an .xlsx workbook as plain values and merged regions, read by streaming the sheet's XML
 * instead of building POI's object model of it, for any module's imports: a province's consolidated sheet, 3,321 rows × 126 columns, loads in
 * a fraction of a second and a few megabytes instead of 1.5–2.5 s and several hundred. A formula counts as its
 * cached result, the value Excel shows.
 */
public final class SheetGrid {

	/** Refused beyond this many cells: ten provinces' sheets, far more than any board keeps in one. */
	public static final int MAX_CELLS = 5_000_000;

	/** A cell's value: text, a number, a boolean or an error; a missing cell is {@link #BLANK}. */
	public record Value(CellType type, String text, double number) {

		public static final Value BLANK = new Value(CellType.BLANK, "", 0);

		public static Value of(Cell cell) {
			if (cell == null) {
				return BLANK;
			}
			CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
			return switch (type) {
				case STRING -> new Value(CellType.STRING, cell.getStringCellValue(), 0);
				case NUMERIC -> new Value(CellType.NUMERIC, "", cell.getNumericCellValue());
				case BOOLEAN -> new Value(CellType.BOOLEAN, String.valueOf(cell.getBooleanCellValue()), 0);
				case ERROR -> new Value(CellType.ERROR, "", 0);
				default -> BLANK;
			};
		}

	}

	/** Thrown when the sheet has more cells than allowed. */
	public static final class TooLarge extends SAXException {

		private static final long serialVersionUID = 1L;

	}

	private final List<Value[]> rows;

	private final List<CellRangeAddress> merged;

	private SheetGrid(List<Value[]> rows, List<CellRangeAddress> merged) {
		this.rows = rows;
		this.merged = merged;
	}

	public static SheetGrid read(byte[] xlsx) throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
		return read(xlsx, MAX_CELLS);
	}

	public static SheetGrid read(byte[] xlsx, int maxCells)
			throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
		OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(xlsx));
		try {
			Iterator<InputStream> sheets = new XSSFReader(workbook).getSheetsData();
			if (!sheets.hasNext()) {
				throw new IOException("no sheet");
			}
			Handler handler = new Handler(new ReadOnlySharedStringsTable(workbook, false), maxCells);
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(handler);
				parser.parse(new InputSource(sheet));
			}
			return new SheetGrid(handler.rows, handler.merged);
		}
		finally {
			workbook.revert();
		}
	}

	/** The index of the last row holding any cell, or -1 for an empty sheet. */
	public int lastRow() {
		return rows.size() - 1;
	}

	/** How many columns row {@code row} reaches (its last cell's index + 1). */
	public int width(int row) {
		Value[] cells = row < rows.size() ? rows.get(row) : null;
		return cells == null ? 0 : cells.length;
	}

	public Value cell(int row, int column) {
		Value[] cells = row < rows.size() ? rows.get(row) : null;
		Value value = cells == null || column >= cells.length ? null : cells[column];
		return value == null ? Value.BLANK : value;
	}

	public List<CellRangeAddress> mergedRegions() {
		return merged;
	}

	/** The sheet XML's rows ({@code <row>}), cells ({@code <c>}) with their values, and merged regions. */
	private static final class Handler extends DefaultHandler {

		private final ReadOnlySharedStringsTable strings;

		private final List<Value[]> rows = new ArrayList<>();

		private final List<CellRangeAddress> merged = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		private final int maxCells;

		private int cells;

		private int row = -1;

		private int column = -1;

		private String type;

		private boolean inValue;

		private boolean inInlineText;

		Handler(ReadOnlySharedStringsTable strings, int maxCells) {
			this.strings = strings;
			this.maxCells = maxCells;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
			switch (localName) {
				case "row" -> {
					String r = attributes.getValue("r");
					row = r == null ? row + 1 : Integer.parseInt(r) - 1;
					column = -1;
				}
				case "c" -> {
					String r = attributes.getValue("r");
					column = r == null ? column + 1 : new CellReference(r).getCol();
					type = attributes.getValue("t");
					text.setLength(0);
				}
				case "v" -> inValue = true;
				case "t" -> inInlineText = "inlineStr".equals(type);
				case "mergeCell" -> merged.add(CellRangeAddress.valueOf(attributes.getValue("ref")));
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (inValue || inInlineText) {
				text.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			switch (localName) {
				case "v" -> inValue = false;
				case "t" -> inInlineText = false;
				case "c" -> put(value());
				case "row" -> trim();
				default -> {
				}
			}
		}

		/** The value of the cell just closed, by its type: shared or inline string, boolean, error or number. */
		private Value value() throws SAXException {
			try {
				return value(text.toString());
			}
			catch (RuntimeException e) {
				throw new SAXException("unreadable cell in row " + (row + 1), e);
			}
		}

		private Value value(String raw) {
			if (type == null || type.equals("n")) {
				return raw.isBlank() ? null : new Value(CellType.NUMERIC, "", Double.parseDouble(raw));
			}
			return switch (type) {
				case "s" -> new Value(CellType.STRING, strings.getItemAt(Integer.parseInt(raw.strip())).getString(), 0);
				case "inlineStr", "str", "d" -> new Value(CellType.STRING, raw, 0);
				case "b" -> new Value(CellType.BOOLEAN, String.valueOf("1".equals(raw.strip())), 0);
				case "e" -> new Value(CellType.ERROR, "", 0);
				default -> null;
			};
		}

		private void put(Value value) throws TooLarge {
			if (value == null || row < 0 || column < 0) {
				return;
			}
			if (++cells > maxCells) {
				throw new TooLarge();
			}
			while (rows.size() <= row) {
				rows.add(null);
			}
			Value[] cells = rows.get(row);
			if (cells == null) {
				cells = new Value[column + 1];
			}
			else if (cells.length <= column) {
				cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
			}
			cells[column] = value;
			rows.set(row, cells);
		}

		/** Drops the spare room {@link #put} grew the row's array by. */
		private void trim() {
			Value[] cells = row >= 0 && row < rows.size() ? rows.get(row) : null;
			if (cells != null) {
				int width = cells.length;
				while (width > 0 && cells[width - 1] == null) {
					width--;
				}
				rows.set(row, width == cells.length ? cells : Arrays.copyOf(cells, width));
			}
		}

	}

}
