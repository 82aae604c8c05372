package danvan.planning.plan;

import java.time.LocalDate;

/** A plan as written down; {@code reportEvery} is the kind of period units report in (MONTH, QUARTER, …). */
public record PlanDraft(Plan.Kind kind, String title, String docNumber, LocalDate docDate, LocalDate periodFrom,
		LocalDate periodTo, String reportEvery) {

	/** The kinds of period a plan may ask reports for, as the periods table knows them. */
	public static final java.util.List<String> REPORT_KINDS = java.util.List.of("MONTH", "QUARTER", "HALF", "NINE_MONTHS", "YEAR");

	/** A plan reported on each quarter. */
	public PlanDraft(Plan.Kind kind, String title, String docNumber, LocalDate docDate, LocalDate periodFrom,
			LocalDate periodTo) {
		this(kind, title, docNumber, docDate, periodFrom, periodTo, "QUARTER");
	}

}
