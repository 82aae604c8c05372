package danvan.oversight.directive;

import java.time.LocalDate;
import java.util.Set;

public record DirectiveDraft(String number, String issuer, IssuerLevel level, LocalDate issuedOn, String summary,
		Long ownerUnitId, LocalDate disseminateBy, String reportRequirement, Set<Long> unitIds, Long committeeId) {
}
