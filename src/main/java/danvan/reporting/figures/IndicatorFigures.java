package danvan.reporting.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.platform.figures.Figure;
import danvan.platform.figures.FigureQuery;
import danvan.platform.figures.Figures;
import danvan.platform.figures.Indicator;
import danvan.platform.security.Actor;
import danvan.platform.web.RuleViolationException;

/**
 * Reads the catalogue's figures for a unit the person reaches: its subtree and predecessors, over a period of at
 * most {@link #MAX_YEARS} years (a term is five; a longer one is a typing error that would scan everything).
 */
@Service
public class IndicatorFigures {

	static final int MAX_YEARS = 10;

	private final Figures figures;

	private final OrgDirectory org;

	IndicatorFigures(Figures figures, OrgDirectory org) {
		this.figures = figures;
		this.org = org;
	}

	public List<Indicator> catalogue() {
		return figures.catalogue();
	}

	/** One line per indicator, in catalogue order. */
	@Transactional(readOnly = true)
	public List<Line> read(Actor actor, Long unitId, LocalDate from, LocalDate to) {
		if (unitId == null || !org.exists(unitId)) {
			throw RuleViolationException.onField("unit", "reporting.figures.unitRequired");
		}
		requirePeriod(from, to);
		if (!org.reaches(actor, unitId)) {
			throw new AccessDeniedException("reporting: unit " + unitId + " outside the actor's grants");
		}
		Map<String, Figure> byCode = figures.figures(new FigureQuery(unitId, from, to))
			.stream()
			.collect(Collectors.toMap(Figure::code, Function.identity()));
		return figures.catalogue()
			.stream()
			.filter(i -> byCode.containsKey(i.code()))
			.map(i -> new Line(i, byCode.get(i.code()).value(), byCode.get(i.code()).recordsPath()))
			.toList();
	}

	/**
	 * Refuses a period a person cannot mean, next to its field: a missing day, an end before the start, or more
	 * than {@link #MAX_YEARS} years. Reports check their period the same way.
	 */
	public static void requirePeriod(LocalDate from, LocalDate to) {
		if (from == null) {
			throw RuleViolationException.onField("from", "reporting.figures.fromRequired");
		}
		if (to == null) {
			throw RuleViolationException.onField("to", "reporting.figures.toRequired");
		}
		if (to.isBefore(from)) {
			throw RuleViolationException.onField("to", "reporting.figures.periodReversed");
		}
		if (ChronoUnit.YEARS.between(from, to) >= MAX_YEARS) {
			throw RuleViolationException.onField("to", "reporting.figures.periodTooLong", MAX_YEARS);
		}
	}

	/** An indicator, its value, and the page listing what it counts (may be null). */
	public record Line(Indicator indicator, BigDecimal value, String recordsPath) {
	}

}
