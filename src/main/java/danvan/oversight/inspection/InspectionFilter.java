package danvan.oversight.inspection;

import java.time.LocalDate;

/** The list's filters; any may be null. {@code unit} narrows to a subtree (body or inspected unit). */
public record InspectionFilter(Long unit, Integer year, InspectionKind kind, InspectionForm form, String topic,
		InspectionStatus status, Boolean overdue, String q, LocalDate from, LocalDate to) {

	public static InspectionFilter none() {
		return new InspectionFilter(null, null, null, null, null, null, null, null, null, null);
	}

}
