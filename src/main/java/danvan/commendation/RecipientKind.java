package danvan.commendation;

/** Who receives an award: a person, a collective (unit) or a household. */
public enum RecipientKind {

	INDIVIDUAL, COLLECTIVE, HOUSEHOLD;

	public String messageKey() {
		return "commendation.recipientKind." + name();
	}

}
