package danvan.commendation.decision;

/** A decision grants awards, or amends or revokes an issued decision (Luật 06/2022, Chương VII). */
public enum DecisionKind {

	GRANT, AMENDMENT, REVOCATION;

	public String messageKey() {
		return "commendation.decision.kind." + name();
	}

}
