package danvan.emulation;

/** Thường xuyên, chuyên đề, đột xuất. */
public enum MovementKind {

	REGULAR, THEMATIC, SPECIAL

}
