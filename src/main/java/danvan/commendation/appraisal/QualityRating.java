package danvan.commendation.appraisal;

/** The yearly quality rating of an official or Party member (QĐ 366-QĐ/TW; NĐ 335/2025/NĐ-CP), best first. */
public enum QualityRating {

	EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED;

	public boolean atLeast(QualityRating required) {
		return ordinal() <= required.ordinal();
	}

	public String messageKey() {
		return "commendation.rating." + name();
	}

}
