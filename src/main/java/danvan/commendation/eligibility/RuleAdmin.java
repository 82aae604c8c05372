package danvan.commendation.eligibility;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

import danvan.commendation.RecipientKind;
import danvan.commendation.catalog.AwardType;
import danvan.commendation.catalog.CatalogService;
import danvan.commendation.internal.Limits;

/**
 * The administrator adds an award's rules when a text changes them, and ends a rule on the day it stops applying.
 * A rule is never edited or deleted, so a check made in 2020 can be made again with the rules of 2020. The audit
 * trail is written by the rule's {@code @AuditTrail}.
 */
@Service
@Transactional
public class RuleAdmin {

	private static final int MAX_YEARS = 60;

	private final EligibilityRuleRepository rules;

	private final CatalogService catalog;

	RuleAdmin(EligibilityRuleRepository rules, CatalogService catalog) {
		this.rules = rules;
		this.catalog = catalog;
	}

	public EligibilityRule add(String awardCode, RuleDraft entered) {
		AwardType award = catalog.findAwardType(awardCode)
			.orElseThrow(() -> RuleViolationException.onField("award", "commendation.award.required"));
		RuleDraft draft = checked(award, entered);
		return rules.saveAndFlush(new EligibilityRule(award.getId(), draft));
	}

	public EligibilityRule end(Long ruleId, long seenVersion, LocalDate lastDay) {
		EligibilityRule rule = rules.findById(ruleId == null ? -1L : ruleId).orElseThrow(NotFoundException::record);
		StaleRecordException.check(seenVersion, rule.getVersion());
		if (rule.getEffectiveTo() != null) {
			throw RuleViolationException.onField("effectiveTo", "commendation.ruleAdmin.alreadyEnded");
		}
		if (lastDay == null || lastDay.isBefore(rule.getEffectiveFrom())) {
			throw RuleViolationException.onField("effectiveTo", "commendation.ruleAdmin.toBeforeFrom");
		}
		rule.end(lastDay);
		return rules.saveAndFlush(rule);
	}

	/** The draft with only the fields its kind reads, each within its bounds. */
	private RuleDraft checked(AwardType award, RuleDraft d) {
		if (d.kind() == null) {
			throw RuleViolationException.onField("kind", "commendation.ruleAdmin.kindRequired");
		}
		boolean individual = award.getRecipientKind() == RecipientKind.INDIVIDUAL;
		if (!individual && d.kind() != RuleKind.REQUIRED_AWARD && d.kind() != RuleKind.ONCE_PER_PERSON) {
			throw RuleViolationException.onField("kind", "commendation.ruleAdmin.kindForIndividuals");
		}
		Integer years = null;
		String required = null;
		Integer window = null;
		Integer count = null;
		Integer percent = null;
		switch (d.kind()) {
			case SERVICE_YEARS -> years = bounded("years", d.years(), 1, MAX_YEARS);
			case REQUIRED_AWARD -> {
				required = catalog.findAwardType(d.requiredAwardCode()).map(AwardType::getCode)
					.orElseThrow(() -> RuleViolationException.onField("requiredAwardCode",
							"commendation.ruleAdmin.requiredAwardUnknown"));
				window = bounded("windowYears", d.windowYears(), 1, MAX_YEARS);
				count = bounded("minCount", d.minCount(), 1, window);
			}
			case RATING -> {
				if (d.requiredRating() == null) {
					throw RuleViolationException.onField("requiredRating", "commendation.ruleAdmin.ratingRequired");
				}
				window = bounded("windowYears", d.windowYears(), 1, MAX_YEARS);
				count = bounded("minCount", d.minCount(), 1, window);
			}
			case NO_DISCIPLINE -> window = bounded("windowYears", d.windowYears(), 1, MAX_YEARS);
			case QUOTA -> percent = bounded("percent", d.percent(), 1, 100);
			case ONCE_PER_PERSON, NOT_POSTHUMOUS -> {
			}
		}
		if (d.legalBasis() == null || d.legalBasis().isBlank()) {
			throw RuleViolationException.onField("legalBasis", "commendation.admin.basisRequired");
		}
		Limits.check("legalBasis", d.legalBasis(), 500);
		Limits.check("note", d.note(), 500);
		if (d.effectiveFrom() == null) {
			throw RuleViolationException.onField("effectiveFrom", "commendation.ruleAdmin.fromRequired");
		}
		if (d.effectiveTo() != null && d.effectiveTo().isBefore(d.effectiveFrom())) {
			throw RuleViolationException.onField("effectiveTo", "commendation.ruleAdmin.toBeforeFrom");
		}
		boolean keepsGender = d.kind() == RuleKind.SERVICE_YEARS;
		boolean runs = d.kind() == RuleKind.REQUIRED_AWARD || d.kind() == RuleKind.RATING;
		return new RuleDraft(d.kind(), keepsGender ? d.gender() : null, years, required, window, count,
				runs && d.consecutive(), percent, d.kind() == RuleKind.RATING ? d.requiredRating() : null,
				d.kind() == RuleKind.QUOTA || d.warningOnly(), d.legalBasis().strip(),
				d.note() == null || d.note().isBlank() ? null : d.note().strip(), d.effectiveFrom(), d.effectiveTo());
	}

	private static int bounded(String field, Integer value, int min, int max) {
		if (value == null || value < min || value > max) {
			throw RuleViolationException.onField(field, "commendation.ruleAdmin.between", min, max);
		}
		return value;
	}

}
