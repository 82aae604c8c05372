package danvan.commendation.registry;

/** A registry row stays forever; a revoked award leaves the totals but is shown as revoked. */
public enum CommendationStatus {

	GRANTED, REVOKED;

	public String messageKey() {
		return "commendation.status." + name();
	}

}
