package danvan.emulation.movement;

/** Thường xuyên, chuyên đề, đột xuất. */
public enum MovementKind {

	REGULAR, THEMATIC, SPECIAL

}
