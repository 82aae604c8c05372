package danvan.emulation.assessment;

/** Where a unit's assessment stands: drafted by the unit, in the review chain, returned, or approved. */
public enum AssessmentStatus {

	DRAFT, IN_REVIEW, RETURNED, APPROVED;

	public boolean isEditableByUnit() {
		return this == DRAFT || this == RETURNED;
	}

}
