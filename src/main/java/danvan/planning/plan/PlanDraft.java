package danvan.planning.plan;

import java.time.LocalDate;

public record PlanDraft(Plan.Kind kind, String title, String docNumber, LocalDate docDate, LocalDate periodFrom,
		LocalDate periodTo) {
}
