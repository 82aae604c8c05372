package danvan.oversight.directive;

/** A periodic implementation report, or the review (sơ kết, tổng kết) of the directive's implementation. */
public enum ReportKind {

	IMPLEMENTATION, INTERIM_REVIEW, FINAL_REVIEW

}
