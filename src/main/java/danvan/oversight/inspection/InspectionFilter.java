package danvan.oversight.inspection;

import java.time.LocalDate;

import danvan.platform.calendar.DayWindow;

/**
 * The list's filters; any may be null. {@code unit} narrows to a subtree (body or inspected unit); {@code planned}
 * keeps the inspections of a programme, {@code concluded} those past their conclusion.
 */
public record InspectionFilter(Long unit, Integer year, InspectionKind kind, InspectionForm form, String topic,
		InspectionStatus status, Boolean overdue, String q, LocalDate from, LocalDate to, Boolean planned,
		Boolean concluded) {

	public static InspectionFilter none() {
		return new InspectionFilter(null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The days of work kept: the year and the from–to range together. */
	public DayWindow window() {
		return DayWindow.of(year, from, to);
	}

}
