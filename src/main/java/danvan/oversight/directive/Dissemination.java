package danvan.oversight.directive;

/**
 * Where a unit stands with a directive: disseminated by the deadline, disseminated after it, not reported and
 * past it (silent), or not reported and not yet due.
 */
public enum Dissemination {

	DONE, LATE, SILENT, PENDING;

	/**
	 * As the API names it: PENDING, DONE or LATE. A unit that missed the deadline is late whether it reported
	 * afterwards or not; {@code disseminatedOn} tells the two apart.
	 */
	public String apiStatus() {
		return switch (this) {
			case DONE -> "DONE";
			case LATE, SILENT -> "LATE";
			case PENDING -> "PENDING";
		};
	}

}
