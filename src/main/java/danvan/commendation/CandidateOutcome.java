package danvan.commendation;

public enum CandidateOutcome {

	PENDING, APPROVED, REJECTED;

	public String messageKey() {
		return "commendation.candidate.outcome." + name();
	}

}
