package danvan.planning.meeting;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import danvan.planning.plan.PlanExport;
import danvan.platform.security.Actor;
import danvan.platform.sheets.SheetStyles;
import danvan.platform.sheets.Sheets;
import danvan.platform.web.UnitNames;

/** A meeting's attendance list as an Excel sheet: who came, who was absent and why, substitutes, guests, counts. */
@Component
public class AttendanceExport {

	private final MeetingService meetings;

	private final UnitNames names;

	private final MessageSource messages;

	AttendanceExport(MeetingService meetings, UnitNames names, MessageSource messages) {
		this.meetings = meetings;
		this.names = names;
		this.messages = messages;
	}

	public byte[] workbook(Actor actor, Long meetingId, Locale locale) {
		Meeting m = meetings.get(actor, meetingId);
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			SheetStyles styles = new SheetStyles(book);
			CellStyle head = styles.bordered(styles.boldFont());
			CellStyle cell = SheetStyles.wrapped(styles.bordered(styles.plainFont()));
			Sheet sheet = book.createSheet(text("planning.attendance.sheet", locale));
			PlanExport.printSetup(sheet);
			Sheets.heading(sheet, 0, 0, 5, m.getTitle(), styles.title());
			Sheets.heading(sheet, 1, 0, 5, m.getStartsAt().format(DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy"))
					+ (m.getPlace() == null ? "" : " — " + m.getPlace()), styles.plain(styles.plainFont()));
			String[] headers = { "planning.export.no", "planning.attendance.person", "planning.attendance.unit",
					"planning.attendance.presence", "planning.attendance.note", "planning.attendance.completed" };
			Row header = Sheets.row(sheet, 3);
			for (int i = 0; i < headers.length; i++) {
				Sheets.text(header, i, text(headers[i], locale), head);
			}
			int r = 4;
			for (Attendance a : meetings.attendance(meetingId)) {
				Row row = Sheets.row(sheet, r);
				Sheets.text(row, 0, String.valueOf(r - 3), cell);
				Sheets.text(row, 1, a.getPersonName() + (a.isGuest() ? " (" + text("planning.attendance.guest", locale) + ")" : ""), cell);
				Sheets.text(row, 2, a.getUnitId() == null ? "" : names.nameOf(a.getUnitId()).orElse(""), cell);
				Sheets.text(row, 3, text("planning.presence." + a.getPresence(), locale), cell);
				Sheets.text(row, 4, a.getReason() != null ? a.getReason() : a.getSubstituteName() != null ? a.getSubstituteName() : "", cell);
				Sheets.text(row, 5, m.getKind() == Meeting.Kind.TRAINING ? text(a.isCompleted() ? "common.yes" : "common.no", locale) : "", cell);
				r++;
			}
			r++;
			for (AttendeeGroup g : meetings.groups(meetingId)) {
				Row row = Sheets.row(sheet, r++);
				Sheets.text(row, 1, g.getGroupName(), cell);
				Sheets.number(row, 3, g.getHeadcount(), cell);
			}
			Row total = Sheets.row(sheet, r + 1);
			Sheets.text(total, 1, text("planning.meeting.attendees", locale), head);
			Sheets.number(total, 3, meetings.attendees(meetingId), head);
			Sheets.widths(sheet, 6, 32, 40, 16, 36, 12);
			return Sheets.bytes(book);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
