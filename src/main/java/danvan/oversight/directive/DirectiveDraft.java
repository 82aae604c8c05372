package danvan.oversight.directive;

import java.time.LocalDate;
import java.util.Set;

public record DirectiveDraft(String number, String issuer, IssuerLevel level, LocalDate issuedOn, String summary,
		Long ownerUnitId, LocalDate disseminateBy, String reportRequirement, Set<Long> unitIds, Long committeeId) {

	/** Issued by a steering committee: its unit follows the directive and its name is the issuer unless one was written. */
	DirectiveDraft issuedBy(Long committeeUnitId, String committeeName) {
		return new DirectiveDraft(number, issuer == null || issuer.isBlank() ? committeeName : issuer, level, issuedOn,
				summary, ownerUnitId == null ? committeeUnitId : ownerUnitId, disseminateBy, reportRequirement, unitIds,
				committeeId);
	}

}
