package danvan.commendation.decision;

/** A draft has no number; once issued a decision never changes, later decisions amend or revoke it. */
public enum DecisionStatus {

	DRAFT, ISSUED, AMENDED, REVOKED;

	public String messageKey() {
		return "commendation.decision.status." + name();
	}

}
