package danvan.exemplar.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.springframework.stereotype.Component;

import danvan.exemplar.ExemplarKind;
import danvan.exemplar.catalog.ExemplarCatalog;
import danvan.org.OrgDirectory;
import danvan.platform.web.RuleViolationException;

/** The checks a registration and an evaluation pass before anything is saved; each names its field. */
@Component
public class ExemplarRules {

	/** Fifteen digits of đồng: more is a typing slip. */
	static final BigDecimal MAX_MONEY = new BigDecimal("999999999999999");

	private final ExemplarCatalog catalog;

	private final OrgDirectory org;

	ExemplarRules(ExemplarCatalog catalog, OrgDirectory org) {
		this.catalog = catalog;
		this.org = org;
	}

	public void check(ExemplarDraft d) {
		if (d.kind() == null) {
			throw RuleViolationException.onField("kind", "exemplar.kind.required");
		}
		if (d.name() == null || d.name().isBlank()) {
			throw RuleViolationException.onField("name", "exemplar.name.required");
		}
		if (d.unitId() == null || org.unit(d.unitId()).isEmpty()) {
			throw RuleViolationException.onField("unitId", "exemplar.unit.required");
		}
		if (d.fieldCode() == null || catalog.field(d.fieldCode()).isEmpty()) {
			throw RuleViolationException.onField("fieldCode", "exemplar.field.unknown");
		}
		if (d.kind() == ExemplarKind.INDIVIDUAL) {
			Long unitOfOfficial = d.officialId() == null ? null
					: org.official(d.officialId()).map(OrgDirectory.OfficialRef::unitId).orElse(null);
			boolean servedThen = d.startsOn() != null && org.officialsIn(d.unitId(), d.startsOn())
				.stream()
				.anyMatch(o -> o.id().equals(d.officialId()));
			if (unitOfOfficial == null || !(org.isWithin(unitOfOfficial, d.unitId()) || servedThen)) {
				throw RuleViolationException.onField("officialId", "exemplar.official.required");
			}
		}
		if (d.startsOn() == null) {
			throw RuleViolationException.onField("startsOn", "exemplar.startsOn.required");
		}
		if (d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
			throw RuleViolationException.onField("endsOn", "exemplar.endsOn.beforeStart");
		}
		if (d.evaluationDue() != null && d.evaluationDue().isBefore(d.startsOn())) {
			throw RuleViolationException.onField("evaluationDue", "exemplar.evaluationDue.beforeStart");
		}
		if (d.resourceMoney() != null && (d.resourceMoney().signum() < 0 || d.resourceMoney().compareTo(MAX_MONEY) > 0)) {
			throw RuleViolationException.onField("resourceMoney", "exemplar.money.range");
		}
		if (negative(d.resourcePeople()) || negative(d.resourceWorkdays())) {
			throw RuleViolationException.onField(negative(d.resourcePeople()) ? "resourcePeople" : "resourceWorkdays",
					"exemplar.number.negative");
		}
		if (d.latitude() != null || d.longitude() != null) {
			if (d.latitude() == null || d.longitude() == null || out(d.latitude(), 6, 24) || out(d.longitude(), 100, 120)) {
				throw RuleViolationException.onField("latitude", "exemplar.coordinates.range");
			}
		}
		figures(d.figures(), "figures");
	}

	/** Every figure has a known indicator, is not negative and stays under the indicator's ceiling. */
	public void figures(Map<String, BigDecimal> figures, String fieldPrefix) {
		for (Map.Entry<String, BigDecimal> e : figures.entrySet()) {
			String field = fieldPrefix + "[" + e.getKey() + "]";
			ExemplarCatalog.OutcomeIndicator indicator = catalog.indicator(e.getKey())
				.orElseThrow(() -> RuleViolationException.onField(field, "exemplar.figure.unknown", e.getKey()));
			BigDecimal value = e.getValue();
			if (value == null || value.signum() < 0) {
				throw RuleViolationException.onField(field, "exemplar.figure.negative", indicator.name());
			}
			if (value.compareTo(indicator.maxValue()) > 0) {
				throw RuleViolationException.onField(field, "exemplar.figure.tooLarge", indicator.name(),
						indicator.maxValue().setScale(0, RoundingMode.DOWN).toPlainString(), indicator.measure());
			}
		}
	}

	public void scores(Map<String, Integer> scores) {
		for (ExemplarCatalog.Criterion criterion : catalog.criteria()) {
			Integer score = scores.get(criterion.code());
			if (score == null || score < 0 || score > criterion.maxScore()) {
				throw RuleViolationException.onField("scores[" + criterion.code() + "]", "exemplar.score.range",
						criterion.name(), criterion.maxScore());
			}
		}
		for (String code : scores.keySet()) {
			if (catalog.criteria().stream().noneMatch(c -> c.code().equals(code))) {
				throw RuleViolationException.onField("scores[" + code + "]", "exemplar.score.unknown", code);
			}
		}
	}

	private static boolean negative(Integer n) {
		return n != null && n < 0;
	}

	private static boolean out(BigDecimal v, int min, int max) {
		return v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0;
	}

}
