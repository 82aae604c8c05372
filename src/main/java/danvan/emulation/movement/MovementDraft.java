package danvan.emulation.movement;

import java.time.LocalDate;

/** What a board officer sets on a movement, already parsed from the form. */
public record MovementDraft(String name, MovementKind kind, LocalDate periodStart, LocalDate periodEnd,
		Long organiserUnitId, Long scaleId, LocalDate pledgeDeadline, LocalDate selfAssessmentDeadline,
		TieBreak tieBreak) {
}
