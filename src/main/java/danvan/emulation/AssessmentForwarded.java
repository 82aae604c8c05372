package danvan.emulation;

/**
 * An assessment reached review step {@code step} (1 after the unit submits); {@code step} 0 means it went
 * back to the unit, and a step past the chain's end means it was approved.
 */
public record AssessmentForwarded(Long movementId, Long unitId, Long assessmentId, int step, String actor) {
}
