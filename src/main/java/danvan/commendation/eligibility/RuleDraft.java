package danvan.commendation.eligibility;

import java.time.LocalDate;

import danvan.org.Gender;

import danvan.commendation.appraisal.QualityRating;

/** A new eligibility rule as the administrator entered it; which fields count depends on the kind. */
public record RuleDraft(RuleKind kind, Gender gender, Integer years, String requiredAwardCode, Integer windowYears,
		Integer minCount, boolean consecutive, Integer percent, QualityRating requiredRating, boolean warningOnly,
		String legalBasis, String note, LocalDate effectiveFrom, LocalDate effectiveTo) {
}
