package danvan.commendation.nomination;

/**
 * Draft → submitted → received (or returned) → checked → council → approved → decided here, or forwarded to a
 * higher authority and decided there. A return is possible at any step before approval.
 */
public enum NominationStatus {

	DRAFT, SUBMITTED, RETURNED, RECEIVED, CHECKED, COUNCIL, APPROVED, FORWARDED, DECIDED;

	public String messageKey() {
		return "commendation.nomination.status." + name();
	}

}
