package danvan.oversight.inspection;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import danvan.org.OrgDirectory;
import danvan.oversight.Topics;
import danvan.platform.sheets.SheetStyles;
import danvan.platform.sheets.Sheets;

/** The inspection list as an Excel workbook: one row per inspection with its fulfilment rate. */
@Component
public class InspectionSheet {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final MessageSource messages;

	private final OrgDirectory org;

	private final Topics topics;

	private final RecommendationRepository recommendations;

	InspectionSheet(MessageSource messages, OrgDirectory org, Topics topics, RecommendationRepository recommendations) {
		this.messages = messages;
		this.org = org;
		this.topics = topics;
		this.recommendations = recommendations;
	}

	public byte[] of(List<Inspection> inspections, LocalDate today) {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			SheetStyles styles = new SheetStyles(book);
			CellStyle head = styles.bordered(styles.boldFont());
			CellStyle cell = SheetStyles.wrapped(styles.bordered(styles.plainFont()));
			Sheet sheet = book.createSheet(msg("oversight.inspections.title"));
			Sheets.heading(sheet, 0, 0, 10, msg("oversight.inspections.title"), styles.title());
			String[] columns = { "oversight.export.no", "oversight.inspection.title", "oversight.inspection.kind",
				"oversight.inspection.form", "oversight.inspection.body", "oversight.inspection.units",
				"oversight.export.officials", "oversight.inspection.topics", "oversight.inspection.workFrom", "oversight.inspection.status",
				"oversight.inspection.fulfilment" };
			Row header = Sheets.row(sheet, 2);
			for (int c = 0; c < columns.length; c++) {
				Sheets.text(header, c, msg(columns[c]), head);
			}
			Map<Long, List<Recommendation>> recs = recommendations
				.findByInspectionIdIn(inspections.stream().map(Inspection::getId).toList())
				.stream()
				.collect(java.util.stream.Collectors.groupingBy(Recommendation::getInspectionId));
			int r = 3;
			for (Inspection i : inspections) {
				Row row = Sheets.row(sheet, r);
				Fulfilment rate = Fulfilment.of(recs.getOrDefault(i.getId(), List.of()));
				Sheets.number(row, 0, r - 2, cell);
				Sheets.text(row, 1, i.getTitle(), cell);
				Sheets.text(row, 2, msg("oversight.kind." + i.getKind()), cell);
				Sheets.text(row, 3, msg("oversight.form." + i.getForm()), cell);
				Sheets.text(row, 4, org.nameOf(i.getBodyUnitId()).orElse(""), cell);
				Sheets.text(row, 5, String.join("; ", i.inspectedUnitList().stream().map(u -> org.nameOf(u).orElse("")).toList()), cell);
				Sheets.text(row, 6, officials(i), cell);
				Sheets.text(row, 7, String.join("; ", i.topicList().stream().map(topics::nameOf).toList()), cell);
				Sheets.text(row, 8, DATE.format(i.getWorkFrom()), cell);
				Sheets.text(row, 9, msg("oversight.status." + i.getStatus()), cell);
				Sheets.text(row, 10, rate.total() == 0 ? "" : rate.accepted() + "/" + rate.total() + " (" + rate.percent() + "%)", cell);
				r++;
			}
			Sheets.widths(sheet, 5, 50, 12, 16, 30, 40, 30, 40, 12, 18, 14);
			return Sheets.bytes(book);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** "Nguyễn Văn A (Đảng ủy xã Kim Sơn); …": each official inspected in person with their unit. */
	String officials(Inspection i) {
		return String.join("; ", i.getInspectedOfficials()
			.stream()
			.map(o -> msg("oversight.inspection.officialOf",
					org.official(o.getOfficialId()).map(OrgDirectory.OfficialRef::fullName).orElse(""),
					org.nameOf(o.getUnitId()).orElse("")))
			.toList());
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}

}
