package danvan.oversight.directive;

import java.time.LocalDate;

/** A unit's dissemination: sessions held, the day, and participants by group. */
public record DisseminationReport(LocalDate disseminatedOn, Integer sessions, Integer officials, Integer partyMembers,
		Integer people, String note) {
}
