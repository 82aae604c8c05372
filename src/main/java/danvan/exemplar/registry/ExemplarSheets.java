package danvan.exemplar.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.exemplar.ExemplarKind;
import danvan.exemplar.catalog.ExemplarCatalog;
import danvan.exemplar.register.Exemplar;
import danvan.exemplar.register.ExemplarAccess;
import danvan.exemplar.register.ExemplarDraft;
import danvan.exemplar.register.ExemplarRules;
import danvan.exemplar.register.ExemplarService;
import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.platform.sheets.SheetCells;
import danvan.platform.sheets.SheetGrid;
import danvan.platform.sheets.SheetStyles;
import danvan.platform.sheets.Sheets;
import danvan.platform.text.Folding;
import danvan.platform.web.RuleViolationException;
import danvan.platform.work.WorkDrafts;

/**
 * The register as the boards keep it in Excel: one row per exemplar, the figures in columns by indicator. The
 * same layout reads back: a preview names every cell in error, and the rows are saved all together or not at all.
 */
@Service
public class ExemplarSheets {

	static final int HEADER_ROW = 3;

	static final int FIRST_FIGURE_COLUMN = 11;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** A problem in one cell of an imported sheet. */
	public record CellProblem(String cell, String message) {
	}

	public record Preview(List<ExemplarDraft> rows, List<CellProblem> problems) {

		public boolean ok() {
			return problems.isEmpty() && !rows.isEmpty();
		}

	}

	private static final String DRAFT_KIND = "exemplar.import";

	static final int EXPORT_PAGE = 1000;

	private final ExemplarCatalog catalog;

	private final OrgDirectory org;

	private final MessageSource messages;

	private final ExemplarService exemplars;

	private final ExemplarAccess access;

	private final ExemplarRules rules;

	private final WorkDrafts drafts;

	private final ExemplarSearch search;

	ExemplarSheets(ExemplarCatalog catalog, OrgDirectory org, MessageSource messages, ExemplarService exemplars,
			ExemplarAccess access, ExemplarRules rules, WorkDrafts drafts, ExemplarSearch search) {
		this.search = search;
		this.catalog = catalog;
		this.org = org;
		this.messages = messages;
		this.exemplars = exemplars;
		this.access = access;
		this.rules = rules;
		this.drafts = drafts;
	}

	/** Keeps an uploaded sheet as a draft any node can save; returns its token. */
	public String keep(Actor actor, byte[] xlsx) {
		return drafts.put(DRAFT_KIND, actor.username(), xlsx, java.time.Duration.ofHours(2));
	}

	/** Saves every row of the actor's kept sheet, or none; the draft is consumed in the same transaction. */
	@Transactional
	public int importKept(Actor actor, String token, Locale locale) {
		return importAll(actor, drafts.take(DRAFT_KIND, token, actor.username()), locale);
	}

	/**
	 * The reader's filtered list as an xlsx, streamed: rows are read {@value #EXPORT_PAGE} at a time and written
	 * through POI's streaming workbook, so neither the exemplars nor the sheet are ever all in memory at once.
	 */
	@Transactional(readOnly = true)
	public byte[] export(Actor actor, ExemplarFilter filter, String title, Locale locale) {
		long count = search.count(actor, filter);
		List<ExemplarCatalog.OutcomeIndicator> indicators = catalog.indicators();
		Map<String, String> fields = new HashMap<>();
		catalog.fields().forEach(f -> fields.put(f.code(), f.name()));
		Map<Long, OrgDirectory.UnitRef> units = new HashMap<>();
		Map<String, String> labels = new HashMap<>();
		try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
			SheetStyles styles = new SheetStyles(book);
			CellStyle head = SheetStyles.wrapped(styles.bordered(styles.boldFont()));
			CellStyle cell = styles.bordered(styles.plainFont());
			Sheet sheet = book.createSheet(text("exemplar.sheet.name", locale));
			int last = FIRST_FIGURE_COLUMN + indicators.size() - 1;
			Sheets.heading(sheet, 0, 0, last, title, styles.title());
			Sheets.heading(sheet, 1, 0, last, text("exemplar.sheet.count", locale, count), styles.plain(styles.plainFont()));
			Row header = Sheets.row(sheet, HEADER_ROW);
			String[] fixed = { "stt", "name", "kind", "unitCode", "unit", "field", "status", "level", "typical",
					"startsOn", "recognisedOn" };
			for (int c = 0; c < fixed.length; c++) {
				Sheets.text(header, c, text("exemplar.sheet.col." + fixed[c], locale), head);
			}
			for (int i = 0; i < indicators.size(); i++) {
				Sheets.text(header, FIRST_FIGURE_COLUMN + i, indicators.get(i).name() + " (" + indicators.get(i).measure() + ")", head);
			}
			int[] next = { HEADER_ROW + 1 };
			search.forEachLine(actor, filter, EXPORT_PAGE, rows -> {
				for (ExemplarSearch.Line e : rows) {
					int r = next[0]++;
					OrgDirectory.UnitRef unit = units.computeIfAbsent(e.unitId(), id -> org.unit(id).orElse(null));
					Row row = Sheets.row(sheet, r);
					Sheets.number(row, 0, r - HEADER_ROW, cell);
					Sheets.text(row, 1, e.name(), cell);
					Sheets.text(row, 2, labels.computeIfAbsent("exemplar.kind." + e.kind(), key -> text(key, locale)), cell);
					Sheets.text(row, 3, unit == null ? "" : unit.code(), cell);
					Sheets.text(row, 4, unit == null ? "" : unit.name(), cell);
					Sheets.text(row, 5, fields.getOrDefault(e.fieldCode(), e.fieldCode()), cell);
					Sheets.text(row, 6, labels.computeIfAbsent("exemplar.status." + e.status(), key -> text(key, locale)), cell);
					Sheets.text(row, 7, e.level() == null ? "" : labels.computeIfAbsent("exemplar.level." + e.level(), key -> text(key, locale)), cell);
					Sheets.text(row, 8, e.typical() ? "x" : "", cell);
					Sheets.text(row, 9, e.startsOn().format(DAY), cell);
					Sheets.text(row, 10, e.recognisedOn() == null ? "" : e.recognisedOn().format(DAY), cell);
					for (int i = 0; i < indicators.size(); i++) {
						BigDecimal v = e.figures().get(indicators.get(i).code());
						if (v != null) {
							Sheets.number(row, FIRST_FIGURE_COLUMN + i, v.doubleValue(), cell);
						}
					}
				}
			});
			int[] widths = new int[last + 1];
			java.util.Arrays.fill(widths, 14);
			widths[0] = 5;
			widths[1] = 48;
			widths[4] = 30;
			Sheets.widths(sheet, widths);
			byte[] bytes = Sheets.bytes(book);
			book.dispose();
			return bytes;
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** Reads a sheet in the export's layout; nothing is saved. */
	public Preview preview(Actor actor, byte[] xlsx, Locale locale) {
		SheetGrid grid;
		try {
			grid = SheetGrid.read(xlsx, 500_000);
		}
		catch (Exception e) {
			throw RuleViolationException.onField("file", "exemplar.import.unreadable");
		}
		Map<String, String> kinds = new HashMap<>();
		for (ExemplarKind k : ExemplarKind.values()) {
			kinds.put(Folding.fold(text("exemplar.kind." + k, locale)), k.name());
		}
		Map<String, String> fields = new HashMap<>();
		catalog.fields().forEach(f -> fields.put(Folding.fold(f.name()), f.code()));
		Map<Integer, ExemplarCatalog.OutcomeIndicator> figureColumns = new LinkedHashMap<>();
		List<CellProblem> problems = new ArrayList<>();
		for (int c = FIRST_FIGURE_COLUMN; c < grid.width(HEADER_ROW); c++) {
			int column = c;
			String heading = SheetCells.text(grid.cell(HEADER_ROW, c));
			int paren = heading.indexOf(" (");
			String name = Folding.fold(paren < 0 ? heading : heading.substring(0, paren));
			if (name.isEmpty()) {
				continue;
			}
			catalog.indicators().stream().filter(i -> Folding.fold(i.name()).equals(name)).findFirst().ifPresentOrElse(
					i -> figureColumns.put(column, i),
					() -> problems.add(new CellProblem(SheetCells.name(HEADER_ROW, column), text("exemplar.import.indicator", locale, heading))));
		}
		List<ExemplarDraft> rows = new ArrayList<>();
		for (int r = HEADER_ROW + 1; r <= grid.lastRow(); r++) {
			String name = SheetCells.text(grid.cell(r, 1));
			if (name.isEmpty()) {
				continue;
			}
			int before = problems.size();
			String kind = kinds.get(Folding.fold(SheetCells.text(grid.cell(r, 2))));
			if (kind == null) {
				problems.add(problem(r, 2, "exemplar.import.kind", locale));
			}
			String unitCode = SheetCells.text(grid.cell(r, 3));
			Long unitId = org.unitByCode(unitCode).map(OrgDirectory.UnitRef::id).orElse(null);
			if (unitId == null) {
				problems.add(problem(r, 3, "exemplar.import.unit", locale, unitCode));
			}
			else if (!access.canHandle(actor, unitId)) {
				problems.add(problem(r, 3, "exemplar.import.unitOutside", locale, unitCode));
			}
			String field = fields.get(Folding.fold(SheetCells.text(grid.cell(r, 5))));
			if (field == null) {
				problems.add(problem(r, 5, "exemplar.import.field", locale, SheetCells.text(grid.cell(r, 5))));
			}
			LocalDate startsOn = day(SheetCells.text(grid.cell(r, 9)));
			if (startsOn == null) {
				problems.add(problem(r, 9, "exemplar.import.date", locale));
			}
			Map<String, BigDecimal> figures = new LinkedHashMap<>();
			for (Map.Entry<Integer, ExemplarCatalog.OutcomeIndicator> col : figureColumns.entrySet()) {
				SheetCells.Read read = SheetCells.number(grid.cell(r, col.getKey()));
				if (read.blank()) {
					continue;
				}
				ExemplarCatalog.OutcomeIndicator ind = col.getValue();
				if (read.problem() != null) {
					problems.add(problem(r, col.getKey(), "exemplar.import.number", locale));
				}
				else if (read.number().signum() < 0 || read.number().compareTo(ind.maxValue()) > 0) {
					problems.add(problem(r, col.getKey(), "exemplar.import.range", locale, ind.name(),
							ind.maxValue().toBigInteger().toString()));
				}
				else {
					figures.put(ind.code(), read.number());
				}
			}
			if (name.length() > 300) {
				problems.add(problem(r, 1, "exemplar.import.name", locale));
			}
			if (problems.size() == before) {
				rows.add(ExemplarDraft.brief(ExemplarKind.valueOf(kind), name, unitId, field, null, null, startsOn, figures));
			}
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			problems.add(new CellProblem("B" + (HEADER_ROW + 2), text("exemplar.import.empty", locale)));
		}
		return new Preview(rows, problems);
	}

	/** Saves every row of a clean preview, or none. */
	@Transactional
	public int importAll(Actor actor, byte[] xlsx, Locale locale) {
		Preview preview = preview(actor, xlsx, locale);
		if (!preview.ok()) {
			throw RuleViolationException.onField("file", "exemplar.import.hasProblems", preview.problems().size());
		}
		for (ExemplarDraft draft : preview.rows()) {
			rules.check(draft);
			exemplars.register(actor, draft);
		}
		return preview.rows().size();
	}

	private CellProblem problem(int row, int column, String key, Locale locale, Object... args) {
		return new CellProblem(SheetCells.name(row, column), text(key, locale, args));
	}

	private static LocalDate day(String text) {
		try {
			return LocalDate.parse(text, DAY);
		}
		catch (RuntimeException e) {
			return null;
		}
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
