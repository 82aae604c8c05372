package danvan.commendation.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a recipient may receive an award on a day, and why: every rule in force, passed or not, with the
 * figures behind it. Warnings (quotas) are shown but do not make a recipient ineligible.
 */
public record Eligibility(String award, String awardName, String recipient, LocalDate asOf, boolean eligible,
		List<Check> rules) {

	/** @param rule the rule's name, @param explanation the figures, in Vietnamese, ending ✓, ✗ or ⚠ */
	public record Check(Long ruleId, String rule, boolean passed, boolean warning, String explanation,
			String legalBasis) {
	}

	public boolean hasWarnings() {
		return rules.stream().anyMatch(c -> c.warning() && !c.passed());
	}

}
