package danvan.oversight.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import danvan.org.OrgUnitService;
import danvan.oversight.OversightAccess;
import danvan.oversight.inspection.InspectionService;
import danvan.platform.figures.FigureQuery;
import danvan.platform.security.Actor;
import danvan.platform.web.RuleViolationException;

/**
 * The unit and period of a figures request: the unit must be one the actor reads (default: the top of its
 * scope), the period defaults to this year.
 */
@Component
class FigureScope {

	record Query(FigureQuery query, List<Choices.Option> options) {
	}

	private final OrgUnitService units;

	private final OversightAccess access;

	private final InspectionService inspections;

	FigureScope(OrgUnitService units, OversightAccess access, InspectionService inspections) {
		this.units = units;
		this.access = access;
		this.inspections = inspections;
	}

	Query query(Actor actor, Long unit, LocalDate from, LocalDate to) {
		List<Choices.Option> options = units.tree(actor)
			.stream()
			.filter(n -> n.readable())
			.map(n -> new Choices.Option(n.unit().getId(), "— ".repeat(n.depth()) + n.unit().getName()))
			.toList();
		if (options.isEmpty()) {
			throw new AccessDeniedException("oversight: no unit to count");
		}
		Long chosen = unit == null ? options.get(0).id() : unit;
		if (!access.canRead(actor, chosen)) {
			throw new AccessDeniedException("oversight: unit " + chosen + " outside scope");
		}
		int year = inspections.today().getYear();
		LocalDate start = from == null ? LocalDate.of(year, 1, 1) : from;
		LocalDate end = to == null ? LocalDate.of(year, 12, 31) : to;
		if (end.isBefore(start)) {
			throw RuleViolationException.onField("to", "oversight.figures.period");
		}
		return new Query(new FigureQuery(chosen, start, end), options);
	}

}
