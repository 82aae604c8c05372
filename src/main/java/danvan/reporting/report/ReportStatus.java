package danvan.reporting.report;

/** Where a report stands between the unit that writes it and the board that receives it. */
public enum ReportStatus {

	DRAFT, SUBMITTED, RETURNED, ACCEPTED;

	public String messageKey() {
		return "reporting.report.status." + name();
	}

}
