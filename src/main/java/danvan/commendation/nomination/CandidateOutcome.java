package danvan.commendation.nomination;

public enum CandidateOutcome {

	PENDING, APPROVED, REJECTED;

	public String messageKey() {
		return "commendation.candidate.outcome." + name();
	}

}
