package danvan.emulation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import danvan.platform.text.Folding;

/**
 * Reads a consolidated score sheet as boards keep it: title rows, a header of several rows with merged cells,
 * one row per unit, criteria as columns (matched by code or by name, accents ignored), maybe a total column,
 * and a signature block under the table. Nothing is saved here.
 */
final class ConsolidatedSheetReader {

	private static final int HEADER_SCAN = 30;

	/** A participating unit as the sheet may name it. */
	record Unit(Long id, String name, String code) {
	}

	/** Where the reader found things, and what it could not read (message keys with arguments). */
	record Outcome(List<ScoreImport.Line> rows, List<Problem> problems, List<ScoreImport.Mismatch> mismatches) {
	}

	record Problem(String cell, String key, Object[] args) {
	}

	private final ScoringScale scale;

	private final Standings.Tally tally;

	private final List<Unit> units;

	private final List<ScaleItem> scored;

	private final List<String> foldedCodes = new ArrayList<>();

	private final List<String> foldedNames = new ArrayList<>();

	ConsolidatedSheetReader(ScoringScale scale, List<Unit> units) {
		this.scale = scale;
		this.tally = new Standings.Tally(scale);
		this.units = units;
		this.scored = scale.scoredItems();
		scored.forEach(i -> {
			foldedCodes.add(Folding.fold(i.getCode()));
			foldedNames.add(Folding.fold(i.getName()));
		});
	}

	Outcome read(byte[] xlsx) {
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			return read(book.getSheetAt(0));
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof IllegalStateException || e instanceof IOException
					|| e instanceof org.apache.poi.ooxml.POIXMLException
					|| e instanceof org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException
					|| e instanceof org.apache.poi.EmptyFileException || e instanceof IllegalArgumentException) {
				return new Outcome(List.of(), List.of(new Problem("A1", "emulation.import.unreadable", new Object[0])), List.of());
			}
			throw (RuntimeException) e;
		}
	}

	private Outcome read(Sheet sheet) {
		List<Problem> problems = new ArrayList<>();
		BiFunction<Integer, Integer, String> header = mergedText(sheet);
		Map<Integer, ScaleItem> columns = new LinkedHashMap<>();
		int headerEnd = -1;
		Integer unitColumn = null;
		Integer totalColumn = null;
		int lastColumn = 0;
		for (int r = 0; r <= Math.min(sheet.getLastRowNum(), HEADER_SCAN); r++) {
			Row row = sheet.getRow(r);
			if (row != null) {
				lastColumn = Math.max(lastColumn, row.getLastCellNum());
			}
		}
		for (int r = 0; r <= Math.min(sheet.getLastRowNum(), HEADER_SCAN); r++) {
			for (int c = 0; c < lastColumn; c++) {
				ScaleItem item = match(header.apply(r, c));
				if (item != null) {
					columns.put(c, item);
					headerEnd = Math.max(headerEnd, r);
				}
			}
		}
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			if (headerEnd >= 0 && region.getFirstRow() <= headerEnd && region.getLastRow() <= HEADER_SCAN) {
				headerEnd = Math.max(headerEnd, region.getLastRow());
			}
		}
		for (int r = 0; r <= headerEnd; r++) {
			for (int c = 0; c < lastColumn; c++) {
				String folded = Folding.fold(header.apply(r, c));
				if (folded.length() > 30 || columns.containsKey(c)) {
					continue;
				}
				if (unitColumn == null && (folded.contains("don vi") || folded.equals("ten"))) {
					unitColumn = c;
				}
				if (folded.startsWith("tong")) {
					totalColumn = c;
				}
			}
		}
		if (columns.isEmpty()) {
			problems.add(new Problem("A1", "emulation.import.noCriteria", new Object[0]));
			return new Outcome(List.of(), problems, List.of());
		}
		int unitCol = unitColumn == null ? firstTextColumn(sheet, headerEnd + 1) : unitColumn;
		UnitMatcher matcher = new UnitMatcher();
		Map<Long, String> names = new HashMap<>();
		units.forEach(u -> {
			matcher.add(u.id(), u.name(), u.code());
			names.put(u.id(), u.name());
		});
		Map<Long, Integer> seen = new HashMap<>();
		List<ScoreImport.Line> lines = new ArrayList<>();
		List<ScoreImport.Mismatch> mismatches = new ArrayList<>();
		for (int r = headerEnd + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			String unitText = SheetCells.text(row.getCell(unitCol));
			Long unitId = matcher.find(unitText);
			boolean hasNumbers = columns.keySet().stream().anyMatch(c -> SheetCells.points(row.getCell(c)).points() != null);
			boolean hasAnything = columns.keySet().stream().anyMatch(c -> !SheetCells.points(row.getCell(c)).blank());
			if (!(hasNumbers || (unitId != null && hasAnything)) || Folding.fold(unitText).startsWith("tong")) {
				continue;
			}
			String unitCell = SheetCells.name(r, unitCol);
			List<Problem> rowProblems = new ArrayList<>();
			if (unitText.isBlank()) {
				rowProblems.add(new Problem(unitCell, "emulation.import.unitMissing", new Object[0]));
			}
			else if (unitId == null) {
				rowProblems.add(new Problem(unitCell, "emulation.import.unitUnknown", new Object[] { unitText }));
			}
			else if (seen.containsKey(unitId)) {
				rowProblems.add(new Problem(unitCell, "emulation.import.unitDuplicate", new Object[] { unitText, seen.get(unitId) }));
			}
			Map<Long, BigDecimal> points = new LinkedHashMap<>();
			for (Map.Entry<Integer, ScaleItem> column : columns.entrySet()) {
				SheetCells.Read read = SheetCells.points(row.getCell(column.getKey()));
				String cell = SheetCells.name(r, column.getKey());
				ScaleItem item = column.getValue();
				if (read.problem() != null) {
					rowProblems.add(new Problem(cell, read.problem(), new Object[] { item.getCode() }));
				}
				else if (read.points() != null) {
					if (read.points().signum() < 0 || read.points().compareTo(item.getMaxPoints()) > 0) {
						rowProblems.add(new Problem(cell, "emulation.import.outOfRange",
								new Object[] { item.getCode(), item.getMaxPoints().stripTrailingZeros().toPlainString() }));
					}
					points.put(item.getId(), read.points());
				}
			}
			if (!rowProblems.isEmpty()) {
				problems.addAll(rowProblems);
				if (unitId != null && !seen.containsKey(unitId)) {
					seen.put(unitId, r + 1);
				}
				continue;
			}
			seen.put(unitId, r + 1);
			List<Standings.ItemPoints> itemPoints = points.entrySet()
				.stream()
				.map(e -> new Standings.ItemPoints(e.getKey(), e.getValue()))
				.toList();
			Standings.Entry entry = tally.entry(unitId, names.get(unitId), null, itemPoints, null);
			BigDecimal total = Standings.total(entry.criteria(), entry.bonus(), scale.getBonusCap(), entry.penalty());
			lines.add(new ScoreImport.Line(r + 1, unitId, names.get(unitId), total, points));
			if (totalColumn != null) {
				SheetCells.Read sheetTotal = SheetCells.points(row.getCell(totalColumn));
				if (sheetTotal.points() != null && sheetTotal.points().compareTo(total) != 0) {
					mismatches.add(new ScoreImport.Mismatch(r + 1, sheetTotal.points(), total));
				}
			}
		}
		return new Outcome(lines, problems, mismatches);
	}

	/** A criterion matched by its code, or by its name with accents, case and spacing ignored. */
	private ScaleItem match(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String folded = Folding.fold(text);
		for (int i = 0; i < scored.size(); i++) {
			String code = foldedCodes.get(i);
			if (folded.equals(code) || folded.startsWith(code + " ") || folded.startsWith(code + ".")
					|| folded.startsWith(code + ":") || folded.startsWith(code + "-")) {
				return scored.get(i);
			}
		}
		int byName = foldedNames.indexOf(folded);
		return byName < 0 ? null : scored.get(byName);
	}

	private static int firstTextColumn(Sheet sheet, int fromRow) {
		Row row = sheet.getRow(fromRow);
		if (row != null) {
			for (Cell cell : row) {
				if (!SheetCells.text(cell).isEmpty() && SheetCells.points(cell).problem() != null) {
					return cell.getColumnIndex();
				}
			}
		}
		return 1;
	}

	/** The text of a cell, or of the top-left cell of the merged region it lies in. */
	private static BiFunction<Integer, Integer, String> mergedText(Sheet sheet) {
		List<CellRangeAddress> regions = sheet.getMergedRegions();
		return (r, c) -> {
			for (CellRangeAddress region : regions) {
				if (region.isInRange(r, c)) {
					Row top = sheet.getRow(region.getFirstRow());
					return top == null ? "" : SheetCells.text(top.getCell(region.getFirstColumn()));
				}
			}
			Row row = sheet.getRow(r);
			return row == null ? "" : SheetCells.text(row.getCell(c));
		};
	}

}
