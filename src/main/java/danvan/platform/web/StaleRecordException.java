package danvan.platform.web;

/** Someone else saved the record after this user opened it (409). */
public class StaleRecordException extends DomainException {

	public StaleRecordException() {
		super("error.stale");
	}

	/** Refuses the save when the version the user edited is not the one stored. */
	public static void check(long expected, long actual) {
		if (expected != actual) {
			throw new StaleRecordException();
		}
	}

}
