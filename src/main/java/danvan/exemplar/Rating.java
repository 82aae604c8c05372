package danvan.exemplar;

/** The rating an evaluation gives; FAIL keeps the exemplar from recognition. */
public enum Rating {

	EXCELLENT, GOOD, PASS, FAIL

}
