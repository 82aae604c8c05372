package danvan.commendation.eligibility;

/** The kinds of eligibility rule an administrator can enter for an award. */
public enum RuleKind {

	/** At least N years of mass-mobilization service (optionally for one gender). */
	SERVICE_YEARS,
	/** At least N awards of a given type in the previous W years (optionally consecutive). */
	REQUIRED_AWARD,
	/** Granted once per person (commemorative medals). */
	ONCE_PER_PERSON,
	/** Not granted posthumously. */
	NOT_POSTHUMOUS,
	/** At most P percent of a unit's headcount in a year (a warning). */
	QUOTA,
	/** A quality rating at least R in N of the previous W years (optionally consecutive, ending last year). */
	RATING,
	/** No disciplinary action standing in the last W years. */
	NO_DISCIPLINE;

	public String messageKey() {
		return "commendation.rule.kind." + name();
	}

}
