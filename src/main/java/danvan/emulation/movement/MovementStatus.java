package danvan.emulation.movement;

import java.util.Map;
import java.util.Set;

/** Where a movement stands; each step may only move to the next one. */
public enum MovementStatus {

	DRAFT, OPEN, SELF_ASSESSMENT, REVIEW, PUBLISHED, CLOSED;

	private static final Map<MovementStatus, Set<MovementStatus>> NEXT = Map.of(DRAFT, Set.of(OPEN), OPEN,
			Set.of(SELF_ASSESSMENT), SELF_ASSESSMENT, Set.of(REVIEW), REVIEW, Set.of(PUBLISHED), PUBLISHED,
			Set.of(CLOSED), CLOSED, Set.of());

	public boolean canMoveTo(MovementStatus target) {
		return NEXT.get(this).contains(target);
	}

	/** The status a board officer moves to by hand; publishing goes through the results. */
	public MovementStatus manualNext() {
		return switch (this) {
			case DRAFT -> OPEN;
			case OPEN -> SELF_ASSESSMENT;
			case SELF_ASSESSMENT -> REVIEW;
			case PUBLISHED -> CLOSED;
			default -> null;
		};
	}

}
