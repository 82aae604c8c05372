package danvan.emulation.movement;

/** How units with the same total are ordered; what stays tied shares the rank. */
public enum TieBreak {

	/** Higher score in the first criteria group, then the earlier submission. */
	FIRST_GROUP_THEN_SUBMISSION,
	/** The earlier submission. */
	SUBMISSION,
	/** Equal totals share the rank. */
	NONE

}
