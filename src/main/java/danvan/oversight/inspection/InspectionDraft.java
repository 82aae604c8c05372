package danvan.oversight.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the preparation step records: the subject (units, officials inspected in person, topics), the team and the
 * dates. The officials are a list so that one chosen twice can be refused rather than silently merged.
 */
public record InspectionDraft(InspectionKind kind, InspectionForm form, String grounds, String title, Long bodyUnitId,
		Set<Long> inspectedUnitIds, List<Long> inspectedOfficialIds, Set<String> topics, LocalDate periodFrom, LocalDate periodTo, String decisionNumber,
		LocalDate decisionDate, LocalDate noticeDate, LocalDate workFrom, LocalDate workTo, List<TeamMember> team,
		Long planId, Long committeeId) {

	/** Carried out by a steering committee: its unit is the body unless one was chosen. */
	InspectionDraft carriedOutBy(Long committeeUnitId) {
		return new InspectionDraft(kind, form, grounds, title, bodyUnitId == null ? committeeUnitId : bodyUnitId,
				inspectedUnitIds, inspectedOfficialIds, topics, periodFrom, periodTo, decisionNumber, decisionDate,
				noticeDate, workFrom, workTo, team, planId, committeeId);
	}

}
