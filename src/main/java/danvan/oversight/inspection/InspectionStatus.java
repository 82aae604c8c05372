package danvan.oversight.inspection;

/** The three steps of Quyết định 89-QĐ/TW, then the follow-up of the conclusion until every recommendation is met. */
public enum InspectionStatus {

	PREPARING, CARRYING_OUT, CLOSING, FOLLOW_UP, DONE;

	public boolean concluded() {
		return this == FOLLOW_UP || this == DONE;
	}

}
