package danvan.oversight;

import java.time.LocalDate;
import java.util.List;

/**
 * A steering committee as its founding decision sets it up: its unit and its support team's, the decision's number
 * and date (the day it starts), the end of its term if known, and its members from the officials.
 */
public record CommitteeDraft(Long unitId, Long supportUnitId, String name, String decisionNumber,
		LocalDate establishedOn, LocalDate endsOn, List<Committee.Member> members) {
}
