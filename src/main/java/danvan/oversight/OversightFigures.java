package danvan.oversight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.oversight.directive.Directive;
import danvan.oversight.directive.DirectiveService;
import danvan.oversight.directive.Dissemination;
import danvan.oversight.inspection.Fulfilment;
import danvan.oversight.inspection.Inspection;
import danvan.oversight.inspection.InspectionForm;
import danvan.oversight.inspection.InspectionKind;
import danvan.oversight.inspection.InspectionService;
import danvan.oversight.inspection.Recommendation;
import danvan.oversight.inspection.RecommendationService;
import danvan.platform.figures.Figure;
import danvan.platform.figures.FigureQuery;
import danvan.platform.figures.FigureSource;
import danvan.platform.figures.Indicator;

/**
 * Inspections and supervisions by the day work started, recommendations by the day they were issued, directives
 * by the day they were issued; all for the unit's subtree, as body or as inspected, addressed or required unit.
 */
@Component
public class OversightFigures implements FigureSource {

	private static final String COUNT = "platform.figures.measure.count";

	private static final String UNITS = "platform.figures.measure.units";

	private static final String PERCENT = "platform.figures.measure.percent";

	private final InspectionService inspections;

	private final RecommendationService recommendations;

	private final DirectiveService directives;

	private final UnitScope scope;

	OversightFigures(InspectionService inspections, RecommendationService recommendations, DirectiveService directives,
			UnitScope scope) {
		this.inspections = inspections;
		this.recommendations = recommendations;
		this.directives = directives;
		this.scope = scope;
	}

	@Override
	public List<Indicator> indicators() {
		List<Indicator> list = new ArrayList<>();
		for (String code : List.of("inspections.planned", "inspections.done", "inspections.kind.inspection",
				"inspections.kind.supervision", "inspections.form.scheduled", "inspections.form.regular",
				"inspections.form.thematic", "inspections.form.surprise", "recommendations.issued",
				"recommendations.accepted", "recommendations.overdue", "directives.issued")) {
			list.add(new Indicator("oversight." + code, "oversight.figure." + code, COUNT));
		}
		list.add(new Indicator("oversight.recommendations.fulfilment", "oversight.figure.recommendations.fulfilment",
				PERCENT));
		for (String code : List.of("directives.units-required", "directives.units-done", "directives.units-late")) {
			list.add(new Indicator("oversight." + code, "oversight.figure." + code, UNITS));
		}
		return list;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Figure> figures(FigureQuery q) {
		Set<Long> units = scope.subtree(q.unitId());
		Predicate<LocalDate> inPeriod = d -> d != null && !d.isBefore(q.from()) && !d.isAfter(q.to());
		List<Inspection> held = inspections.all()
			.stream()
			.filter(i -> inPeriod.test(i.getWorkFrom()))
			.filter(i -> units.contains(i.getBodyUnitId()) || i.getInspectedUnitIds().stream().anyMatch(units::contains))
			.toList();
		String period = "unit=" + q.unitId() + "&from=" + q.from() + "&to=" + q.to();
		String list = "/oversight/inspections?" + period;
		List<Figure> out = new ArrayList<>();
		out.add(Figure.of("oversight.inspections.planned", held.stream().filter(i -> i.getPlanId() != null).count(),
				list + "&planned=true"));
		out.add(Figure.of("oversight.inspections.done", held.stream().filter(i -> i.getStatus().concluded()).count(),
				list + "&concluded=true"));
		for (InspectionKind kind : InspectionKind.values()) {
			out.add(Figure.of("oversight.inspections.kind." + kind.name().toLowerCase(),
					held.stream().filter(i -> i.getKind() == kind).count(), list + "&kind=" + kind));
		}
		for (InspectionForm form : InspectionForm.values()) {
			out.add(Figure.of("oversight.inspections.form." + form.name().toLowerCase(),
					held.stream().filter(i -> i.getForm() == form).count(), list + "&form=" + form));
		}
		LocalDate today = inspections.today();
		List<Recommendation> issued = recommendations.all()
			.stream()
			.filter(r -> inPeriod.test(r.getIssuedOn()) && units.contains(r.getAddresseeUnitId()))
			.toList();
		String recs = "/oversight/recommendations?" + period;
		Fulfilment rate = Fulfilment.of(issued);
		out.add(Figure.of("oversight.recommendations.issued", issued.size(), recs));
		out.add(Figure.of("oversight.recommendations.accepted", rate.accepted(), recs + "&status=ACCEPTED"));
		out.add(Figure.of("oversight.recommendations.overdue", issued.stream().filter(r -> r.isOverdue(today)).count(),
				recs + "&status=OVERDUE"));
		out.add(new Figure("oversight.recommendations.fulfilment",
				rate.percent() == null ? BigDecimal.ZERO : BigDecimal.valueOf(rate.percent()), recs));
		List<Directive> issuedDirectives = directives.all().stream().filter(d -> inPeriod.test(d.getIssuedOn())).toList();
		long required = 0;
		long done = 0;
		long late = 0;
		long concerned = 0;
		for (DirectiveService.Grid grid : directives.grids(issuedDirectives)) {
			List<DirectiveService.Row> mine = grid.rows().stream().filter(r -> units.contains(r.unit().getUnitId())).toList();
			if (mine.isEmpty() && !units.contains(grid.directive().getOwnerUnitId())) {
				continue;
			}
			concerned++;
			required += mine.size();
			done += mine.stream().filter(r -> r.status() == Dissemination.DONE).count();
			late += mine.stream().filter(r -> r.status() == Dissemination.LATE || r.status() == Dissemination.SILENT).count();
		}
		String dirs = "/oversight/directives?" + period;
		out.add(Figure.of("oversight.directives.issued", concerned, dirs));
		out.add(Figure.of("oversight.directives.units-required", required, dirs));
		out.add(Figure.of("oversight.directives.units-done", done, dirs));
		out.add(Figure.of("oversight.directives.units-late", late, dirs));
		return out;
	}

}
