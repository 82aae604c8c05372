package danvan.emulation.sheets;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xml.sax.SAXException;

import danvan.emulation.results.Standings;
import danvan.emulation.scale.ScaleItem;
import danvan.emulation.scale.ScoringScale;
import danvan.platform.sheets.SheetCells;
import danvan.platform.sheets.SheetGrid;
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
		SheetGrid sheet;
		try {
			sheet = SheetGrid.read(xlsx);
		}
		catch (SheetGrid.TooLarge e) {
			return unreadable("emulation.import.tooLarge");
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | IllegalStateException
				| IllegalArgumentException | org.apache.poi.ooxml.POIXMLException e) {
			return unreadable("platform.sheets.unreadable");
		}
		return read(sheet);
	}

	private static Outcome unreadable(String key) {
		return new Outcome(List.of(), List.of(new Problem("A1", key, new Object[0])), List.of());
	}

	private Outcome read(SheetGrid sheet) {
		List<Problem> problems = new ArrayList<>();
		BiFunction<Integer, Integer, String> header = mergedText(sheet);
		Map<Integer, ScaleItem> columns = new LinkedHashMap<>();
		int headerEnd = -1;
		Integer unitColumn = null;
		Integer totalColumn = null;
		int lastColumn = 0;
		for (int r = 0; r <= Math.min(sheet.lastRow(), HEADER_SCAN); r++) {
			lastColumn = Math.max(lastColumn, sheet.width(r));
		}
		for (int r = 0; r <= Math.min(sheet.lastRow(), HEADER_SCAN); r++) {
			for (int c = 0; c < lastColumn; c++) {
				ScaleItem item = match(header.apply(r, c));
				if (item != null) {
					columns.put(c, item);
					headerEnd = Math.max(headerEnd, r);
				}
			}
		}
		for (CellRangeAddress region : sheet.mergedRegions()) {
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
		for (int r = headerEnd + 1; r <= sheet.lastRow(); r++) {
			if (sheet.width(r) == 0) {
				continue;
			}
			int at = r;
			String unitText = SheetCells.text(sheet.cell(r, unitCol));
			Long unitId = matcher.find(unitText);
			boolean hasNumbers = columns.keySet().stream().anyMatch(c -> ScoreCells.points(sheet.cell(at, c)).points() != null);
			boolean hasAnything = columns.keySet().stream().anyMatch(c -> !ScoreCells.points(sheet.cell(at, c)).blank());
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
				ScoreCells.Read read = ScoreCells.points(sheet.cell(r, column.getKey()));
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
				ScoreCells.Read sheetTotal = ScoreCells.points(sheet.cell(r, totalColumn));
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

	private static int firstTextColumn(SheetGrid sheet, int fromRow) {
		for (int c = 0; c < sheet.width(fromRow); c++) {
			SheetGrid.Value cell = sheet.cell(fromRow, c);
			if (!SheetCells.text(cell).isEmpty() && ScoreCells.points(cell).problem() != null) {
				return c;
			}
		}
		return 1;
	}

	/** The text of a cell, or of the top-left cell of the merged region it lies in. */
	private static BiFunction<Integer, Integer, String> mergedText(SheetGrid sheet) {
		List<CellRangeAddress> regions = sheet.mergedRegions();
		return (r, c) -> {
			for (CellRangeAddress region : regions) {
				if (region.isInRange(r, c)) {
					return SheetCells.text(sheet.cell(region.getFirstRow(), region.getFirstColumn()));
				}
			}
			return SheetCells.text(sheet.cell(r, c));
		};
	}

}
