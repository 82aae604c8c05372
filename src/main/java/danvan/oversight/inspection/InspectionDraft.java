package danvan.oversight.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the preparation step records: the subject, the team and the dates. */
public record InspectionDraft(InspectionKind kind, InspectionForm form, String grounds, String title, Long bodyUnitId,
		Set<Long> inspectedUnitIds, Set<String> topics, LocalDate periodFrom, LocalDate periodTo, String decisionNumber,
		LocalDate decisionDate, LocalDate noticeDate, LocalDate workFrom, LocalDate workTo, List<TeamMember> team,
		Long planId, Long committeeId) {
}
