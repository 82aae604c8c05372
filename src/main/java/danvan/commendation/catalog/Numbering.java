package danvan.commendation.catalog;

/** How an issuer's numbers restart: every calendar year (State, NĐ 30/2020) or every committee term (Party). */
public enum Numbering {

	CALENDAR_YEAR, TERM

}
