package danvan.commendation.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.org.OrgDirectory.OfficialFacts;
import danvan.org.OrgDirectory.UnitRef;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;

import danvan.commendation.RecipientKind;
import danvan.commendation.appraisal.AnnualRating;
import danvan.commendation.appraisal.AnnualRatingRepository;
import danvan.commendation.appraisal.Discipline;
import danvan.commendation.appraisal.DisciplineRepository;
import danvan.commendation.catalog.AwardType;
import danvan.commendation.catalog.AwardTypeRepository;
import danvan.commendation.registry.Commendation;
import danvan.commendation.registry.CommendationRepository;
import danvan.commendation.registry.CommendationStatus;

/**
 * Checks an official or a unit against an award's rules in force on a day, from the service periods in
 * {@code org} and the registry, and explains every rule with its figures.
 */
@Service
@Transactional(readOnly = true)
public class EligibilityService {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final AwardTypeRepository awards;

	private final EligibilityRuleRepository rules;

	private final CommendationRepository registry;

	private final OrgDirectory org;

	private final MessageSource messages;

	private final AnnualRatingRepository ratings;

	private final DisciplineRepository disciplines;

	EligibilityService(AwardTypeRepository awards, EligibilityRuleRepository rules, CommendationRepository registry,
			OrgDirectory org, MessageSource messages, AnnualRatingRepository ratings,
			DisciplineRepository disciplines) {
		this.ratings = ratings;
		this.disciplines = disciplines;
		this.awards = awards;
		this.rules = rules;
		this.registry = registry;
		this.org = org;
		this.messages = messages;
	}

	public Eligibility forOfficial(String awardCode, Long officialId, LocalDate asOf, boolean deceased) {
		AwardType award = award(awardCode);
		OfficialFacts official = org.facts(officialId, asOf).orElseThrow(NotFoundException::record);
		List<Commendation> history = registry.findByOfficialIdOrderByAwardedOnDesc(officialId);
		List<Eligibility.Check> checks = new ArrayList<>();
		for (EligibilityRule rule : rulesOf(award, asOf)) {
			switch (rule.getKind()) {
				case SERVICE_YEARS -> {
					if (rule.getGender() == null || rule.getGender() == official.gender()) {
						long years = official.massMobilization().years();
						boolean passed = years >= rule.getYears();
						checks.add(check(rule, passed, "commendation.explain.service", years,
								official.massMobilization().months(), rule.getYears(), mark(passed, false)));
					}
				}
				case REQUIRED_AWARD -> checks.add(requiredAward(rule, history, asOf));
				case ONCE_PER_PERSON -> checks.add(oncePerPerson(rule, award, history, asOf));
				case NOT_POSTHUMOUS -> checks.add(check(rule, !deceased,
						deceased ? "commendation.explain.posthumous" : "commendation.explain.living",
						mark(!deceased, false)));
				case QUOTA -> checks.add(quota(rule, award, official.unitId(), asOf));
				case RATING -> checks.add(rating(rule, officialId, asOf));
				case NO_DISCIPLINE -> checks.add(noDiscipline(rule, officialId, asOf));
			}
		}
		return result(award, official.fullName(), asOf, checks);
	}

	public Eligibility forUnit(String awardCode, Long unitId, LocalDate asOf) {
		AwardType award = award(awardCode);
		UnitRef unit = org.unit(unitId).orElseThrow(NotFoundException::record);
		List<Commendation> history = registry.findByUnitIdOrderByAwardedOnDesc(unitId).stream()
			.filter(c -> c.getRecipientKind() == RecipientKind.COLLECTIVE).toList();
		List<Eligibility.Check> checks = new ArrayList<>();
		for (EligibilityRule rule : rulesOf(award, asOf)) {
			switch (rule.getKind()) {
				case REQUIRED_AWARD -> checks.add(requiredAward(rule, history, asOf));
				case ONCE_PER_PERSON -> checks.add(oncePerPerson(rule, award, history, asOf));
				default -> {
				}
			}
		}
		return result(award, unit.name(), asOf, checks);
	}

	private Eligibility result(AwardType award, String recipient, LocalDate asOf, List<Eligibility.Check> checks) {
		boolean eligible = checks.stream().allMatch(c -> c.passed() || c.warning());
		return new Eligibility(award.getCode(), award.getName(), recipient, asOf, eligible, List.copyOf(checks));
	}

	/** The awards of the required type in the years before {@code asOf}'s year, counted once per year. */
	private Eligibility.Check requiredAward(EligibilityRule rule, List<Commendation> history, LocalDate asOf) {
		AwardType required = award(rule.getRequiredAwardCode());
		int window = rule.getWindowYears() == null ? 1 : rule.getWindowYears();
		int needed = rule.getMinCount() == null ? 1 : rule.getMinCount();
		int lastYear = asOf.getYear() - 1;
		int firstYear = lastYear - window + 1;
		SortedSet<Integer> years = history.stream()
			.filter(c -> c.getStatus() == CommendationStatus.GRANTED && c.getAwardTypeId().equals(required.getId()))
			.map(c -> c.getAwardedOn().getYear())
			.filter(y -> y >= firstYear && y <= lastYear)
			.collect(Collectors.toCollection(TreeSet::new));
		int counted = rule.isConsecutive() ? consecutiveEndingAt(years, lastYear) : years.size();
		boolean passed = counted >= needed;
		String list = years.isEmpty() ? msg("commendation.explain.none")
				: years.stream().map(String::valueOf).collect(Collectors.joining(", "));
		return check(rule, passed, rule.isConsecutive() ? "commendation.explain.requiredConsecutive"
				: "commendation.explain.required", required.getName(), list, firstYear, lastYear, counted, needed,
				mark(passed, false));
	}

	private static int consecutiveEndingAt(SortedSet<Integer> years, int lastYear) {
		int run = 0;
		for (int y = lastYear; years.contains(y); y--) {
			run++;
		}
		return run;
	}

	/** The years before {@code asOf}'s year rated at least the rule's rating, counted like required awards. */
	private Eligibility.Check rating(EligibilityRule rule, Long officialId, LocalDate asOf) {
		int window = rule.getWindowYears();
		int lastYear = asOf.getYear() - 1;
		int firstYear = lastYear - window + 1;
		SortedSet<Integer> years = ratings.findByOfficialIdOrderByYearDesc(officialId).stream()
			.filter(r -> r.getYear() >= firstYear && r.getYear() <= lastYear)
			.filter(r -> r.getRating().atLeast(rule.getRequiredRating()))
			.map(AnnualRating::getYear)
			.collect(Collectors.toCollection(TreeSet::new));
		int counted = rule.isConsecutive() ? consecutiveEndingAt(years, lastYear) : years.size();
		boolean passed = counted >= rule.getMinCount();
		String list = years.isEmpty() ? msg("commendation.explain.none")
				: years.stream().map(String::valueOf).collect(Collectors.joining(", "));
		return check(rule, passed, rule.isConsecutive() ? "commendation.explain.requiredConsecutive"
				: "commendation.explain.required", msg(rule.getRequiredRating().messageKey()), list, firstYear,
				lastYear, counted, rule.getMinCount(), mark(passed, false));
	}

	/** No action decided in the last W years up to {@code asOf} and not annulled by then. */
	private Eligibility.Check noDiscipline(EligibilityRule rule, Long officialId, LocalDate asOf) {
		LocalDate from = asOf.minusYears(rule.getWindowYears());
		Optional<Discipline> found = disciplines.findByOfficialIdOrderByDecidedOnDesc(officialId).stream()
			.filter(d -> d.standsOn(asOf) && !d.getDecidedOn().isBefore(from))
			.findFirst();
		return found.map(d -> check(rule, false, "commendation.explain.disciplined", msg(d.getForm().messageKey()),
				DAY.format(d.getDecidedOn()), d.getDecisionNumber(), mark(false, false)))
			.orElseGet(() -> check(rule, true, "commendation.explain.notDisciplined", DAY.format(from),
					DAY.format(asOf), mark(true, false)));
	}

	/** Held on {@code asOf}: granted on or before that day and not revoked. */
	private Eligibility.Check oncePerPerson(EligibilityRule rule, AwardType award, List<Commendation> history,
			LocalDate asOf) {
		Optional<Commendation> held = history.stream()
			.filter(c -> c.getStatus() == CommendationStatus.GRANTED && c.getAwardTypeId().equals(award.getId()))
			.filter(c -> !c.getAwardedOn().isAfter(asOf))
			.findFirst();
		return held.map(c -> check(rule, false, "commendation.explain.alreadyHeld", award.getName(),
				String.valueOf(c.getAwardedOn().getYear()), c.getDecisionNumber() == null ? "" : c.getDecisionNumber(),
				mark(false, false)))
			.orElseGet(() -> check(rule, true, "commendation.explain.notHeld", award.getName(), mark(true, false)));
	}

	private Eligibility.Check quota(EligibilityRule rule, AwardType award, Long unitId, LocalDate asOf) {
		long headcount = org.headcount(unitId);
		long granted = registry.countInUnit(award.getId(), unitId, asOf.withDayOfYear(1),
				asOf.withMonth(12).withDayOfMonth(31));
		long max = headcount * rule.getPercent() / 100;
		boolean passed = granted + 1 <= max;
		return check(rule, passed, "commendation.explain.quota", granted, headcount, rule.getPercent(), max,
				mark(passed, true));
	}

	private Eligibility.Check check(EligibilityRule rule, boolean passed, String key, Object... args) {
		String name = msg(rule.getKind().messageKey())
				+ (rule.getGender() == null ? "" : " (" + msg("org.gender." + rule.getGender().name()) + ")");
		Object[] plain = java.util.Arrays.stream(args).map(a -> a instanceof Number ? a.toString() : a).toArray();
		return new Eligibility.Check(rule.getId(), name, passed, rule.isWarningOnly(), msg(key, plain),
				rule.getLegalBasis());
	}

	private static String mark(boolean passed, boolean warning) {
		return passed ? "✓" : warning ? "⚠" : "✗";
	}

	private List<EligibilityRule> rulesOf(AwardType award, LocalDate asOf) {
		return rules.findByAwardTypeIdOrderById(award.getId()).stream().filter(r -> r.inForceOn(asOf)).toList();
	}

	private AwardType award(String code) {
		if (code == null || code.isBlank()) {
			throw RuleViolationException.onField("award", "commendation.award.required");
		}
		return awards.findByCode(code.strip().toUpperCase(Locale.ROOT)).orElseThrow(NotFoundException::record);
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, VIETNAMESE);
	}

}
