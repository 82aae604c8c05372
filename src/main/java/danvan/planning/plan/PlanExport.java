package danvan.planning.plan;

import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import danvan.platform.sheets.SheetStyles;
import danvan.platform.sheets.Sheets;
import danvan.platform.web.UnitNames;

/**
 * A plan as boards print it: the tree of tasks and targets with target, achieved, percentage and assessment for the
 * chosen unit and period, then each target's table per unit. A4 landscape, Times New Roman.
 */
@Component
public class PlanExport {

	private final PlanBoard boards;

	private final UnitNames names;

	private final MessageSource messages;

	PlanExport(PlanBoard boards, UnitNames names, MessageSource messages) {
		this.boards = boards;
		this.names = names;
		this.messages = messages;
	}

	public byte[] workbook(danvan.platform.security.Actor actor, Long planId, Long unitId, Long periodId, Locale locale) {
		PlanBoard.Board board = boards.board(actor, planId, unitId, periodId);
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			SheetStyles styles = new SheetStyles(book);
			CellStyle head = styles.bordered(styles.boldFont());
			CellStyle cell = SheetStyles.wrapped(styles.bordered(styles.plainFont()));
			CellStyle number = styles.decimal(styles.bordered(styles.plainFont()));
			Sheet sheet = book.createSheet(text("planning.export.sheet", locale));
			landscape(sheet);
			Plan plan = board.plan();
			Sheets.heading(sheet, 0, 0, 8, plan.getTitle(), styles.title());
			String period = board.period() == null ? ""
					: text(board.period().getLabelKey(), locale, board.period().getLabelArguments());
			Sheets.heading(sheet, 1, 0, 8, text("planning.export.subtitle", locale, names.nameOf(board.unitId()).orElse(""), period,
					board.progress()), styles.plain(styles.plainFont()));
			String[] headers = { "planning.export.no", "planning.item.title", "planning.item.lead", "planning.item.dueOn",
					"planning.target.measure", "planning.target.target", "planning.target.achieved", "planning.target.percent",
					"planning.export.assessment" };
			Row header = Sheets.row(sheet, 3);
			for (int i = 0; i < headers.length; i++) {
				Sheets.text(header, i, text(headers[i], locale), head);
			}
			int r = 4;
			int no = 1;
			for (PlanBoard.Node node : board.nodes()) {
				PlanItem item = node.item();
				Row row = Sheets.row(sheet, r++);
				Sheets.text(row, 0, String.valueOf(no++), cell);
				Sheets.text(row, 1, "   ".repeat(node.depth()) + item.getTitle(), cell);
				Sheets.text(row, 2, item.getLeadUnitId() == null ? "" : names.nameOf(item.getLeadUnitId()).orElse(""), cell);
				Sheets.text(row, 3, item.getDueOn() == null ? "" : item.getDueOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), cell);
				Sheets.text(row, 4, item.isTarget() ? item.getMeasure() : "%", cell);
				if (node.cell() != null) {
					Sheets.number(row, 5, node.cell().target().doubleValue(), number);
					if (node.cell().achieved() != null) {
						Sheets.number(row, 6, node.cell().achieved().doubleValue(), number);
					}
					else {
						Sheets.text(row, 6, "", cell);
					}
				}
				else {
					Sheets.text(row, 5, item.isTarget() ? "" : "100", cell);
					Sheets.text(row, 6, "", cell);
				}
				if (node.percent() != null) {
					Sheets.number(row, 7, node.percent().doubleValue(), number);
				}
				else {
					Sheets.text(row, 7, "", cell);
				}
				Sheets.text(row, 8, text(assessment(node), locale), cell);
				if (item.isTarget() && board.period() != null) {
					for (PlanBoard.UnitRow u : boards.perUnit(actor, item.getId(), board.unitId(), board.period().getId())) {
						if (u.depth() == 0) {
							continue;
						}
						Row sub = Sheets.row(sheet, r++);
						Sheets.text(sub, 0, "", cell);
						Sheets.text(sub, 1, "   ".repeat(node.depth() + 1) + "– " + u.unit().name(), cell);
						Sheets.text(sub, 2, "", cell);
						Sheets.text(sub, 3, "", cell);
						Sheets.text(sub, 4, item.getMeasure(), cell);
						Sheets.number(sub, 5, u.cell().target().doubleValue(), number);
						if (u.cell().achieved() != null) {
							Sheets.number(sub, 6, u.cell().achieved().doubleValue(), number);
						}
						else {
							Sheets.text(sub, 6, text("planning.target.notReported", locale), cell);
						}
						if (u.cell().percent() != null) {
							Sheets.number(sub, 7, u.cell().percent().doubleValue(), number);
						}
						else {
							Sheets.text(sub, 7, "", cell);
						}
						Sheets.text(sub, 8, text(u.behind() ? "planning.assess.behind" : "planning.assess.onTrack", locale), cell);
					}
				}
			}
			Sheets.widths(sheet, 6, 60, 28, 12, 12, 12, 12, 10, 16);
			return Sheets.bytes(book);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	static String assessment(PlanBoard.Node node) {
		if (node.percent() != null && node.percent().compareTo(java.math.BigDecimal.valueOf(100)) >= 0) {
			return "planning.assess.met";
		}
		return node.behind() ? "planning.assess.behind" : "planning.assess.onTrack";
	}

	static void landscape(Sheet sheet) {
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("4:4"));
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/** For other sheets of the module (the attendance list). */
	public static void printSetup(Sheet sheet) {
		landscape(sheet);
	}

}
