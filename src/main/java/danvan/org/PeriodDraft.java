package danvan.org;

import java.time.LocalDate;

/** One service period as a user enters it. */
public record PeriodDraft(Long unitId, String position, LocalDate startDate, LocalDate endDate,
		boolean massMobilization) {
}
