package danvan.oversight.inspection;

import java.time.LocalDate;

public record RecommendationDraft(String text, Long addresseeUnitId, Long addresseeOfficialId, LocalDate due) {
}
