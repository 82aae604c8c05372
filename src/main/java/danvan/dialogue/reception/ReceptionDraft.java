package danvan.dialogue.reception;

import java.time.LocalDate;

/** A reception day as it is scheduled, checked by {@link ReceptionService}. */
public record ReceptionDraft(Long unitId, String levelCode, String headName, ReceptionDay.Kind kind,
		LocalDate scheduledOn, String place) {
}
