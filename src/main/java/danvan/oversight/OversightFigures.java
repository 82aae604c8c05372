package danvan.oversight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.oversight.inspection.Fulfilment;
import danvan.oversight.inspection.InspectionForm;
import danvan.oversight.inspection.InspectionKind;
import danvan.oversight.inspection.InspectionService;
import danvan.platform.figures.Figure;
import danvan.platform.figures.FigureQuery;
import danvan.platform.figures.FigureSource;
import danvan.platform.figures.Indicator;

/**
 * Inspections and supervisions by the day work started, recommendations by the day they were issued, directives
 * by the day they were issued; all for the unit's subtree, as body or as inspected, addressed or required unit.
 * Each family is counted by one grouped query in the database, scoped to the subtree's unit ids; no row is
 * loaded.
 */
@Component
public class OversightFigures implements FigureSource {

	private static final String COUNT = "platform.figures.measure.count";

	private static final String UNITS = "platform.figures.measure.units";

	private static final String PERCENT = "platform.figures.measure.percent";

	/** Inspections held in the period, by the body's, an inspected unit's or an inspected official's unit's place in the subtree. */
	private static final String INSPECTIONS = """
			select i.kind, i.form, case when i.plan_id is null then 0 else 1 end as planned,
			       case when i.status in ('FOLLOW_UP', 'DONE') then 1 else 0 end as concluded, count(*) as n
			from oversight_inspection i
			where i.work_from between :from and :to
			  and (i.body_unit_id in (:units)
			       or exists (select 1 from oversight_inspected_unit u where u.inspection_id = i.id and u.unit_id in (:units))
			       or exists (select 1 from oversight_inspected_official o where o.inspection_id = i.id and o.unit_id in (:units)))
			group by i.kind, i.form, case when i.plan_id is null then 0 else 1 end,
			         case when i.status in ('FOLLOW_UP', 'DONE') then 1 else 0 end
			""";

	/** Recommendations issued in the period to a unit of the subtree; unmet and past due reads overdue. */
	private static final String RECOMMENDATIONS = """
			select count(*) as issued,
			       coalesce(sum(case when r.status = 'ACCEPTED' then 1 else 0 end), 0) as accepted,
			       coalesce(sum(case when r.status in ('NOT_STARTED', 'IN_PROGRESS') and r.due < :today then 1 else 0 end), 0) as overdue
			from oversight_recommendation r
			where r.issued_on between :from and :to and r.addressee_unit_id in (:units)
			""";

	/** Directives issued in the period that the subtree owns or must disseminate. */
	private static final String DIRECTIVES = """
			select count(*) from oversight_directive d
			where d.issued_on between :from and :to
			  and (d.owner_unit_id in (:units)
			       or exists (select 1 from oversight_directive_unit u where u.directive_id = d.id and u.unit_id in (:units)))
			""";

	/** The subtree's required units of those directives: on time, late or silent past the deadline. */
	private static final String DISSEMINATION = """
			select count(*) as required,
			       coalesce(sum(case when u.disseminated_on is not null and u.disseminated_on <= d.disseminate_by then 1 else 0 end), 0) as done,
			       coalesce(sum(case when (u.disseminated_on is not null and u.disseminated_on > d.disseminate_by)
			                           or (u.disseminated_on is null and d.disseminate_by < :today) then 1 else 0 end), 0) as late
			from oversight_directive_unit u join oversight_directive d on d.id = u.directive_id
			where d.issued_on between :from and :to and u.unit_id in (:units)
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final InspectionService inspections;

	private final UnitScope scope;

	OversightFigures(NamedParameterJdbcTemplate jdbc, InspectionService inspections, UnitScope scope) {
		this.jdbc = jdbc;
		this.inspections = inspections;
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
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("from", q.from())
			.addValue("to", q.to())
			.addValue("today", inspections.today())
			.addValue("units", units.isEmpty() ? List.of(-1L) : units);
		String period = "unit=" + q.unitId() + "&from=" + q.from() + "&to=" + q.to();
		List<Figure> out = new ArrayList<>();
		inspectionFigures(p, "/oversight/inspections?" + period, out);
		recommendationFigures(p, "/oversight/recommendations?" + period, out);
		directiveFigures(p, "/oversight/directives?" + period, out);
		return out;
	}

	private void inspectionFigures(MapSqlParameterSource p, String list, List<Figure> out) {
		long[] planned = { 0 };
		long[] done = { 0 };
		Map<InspectionKind, Long> byKind = new EnumMap<>(InspectionKind.class);
		Map<InspectionForm, Long> byForm = new EnumMap<>(InspectionForm.class);
		jdbc.query(INSPECTIONS, p, rs -> {
			long n = rs.getLong("n");
			planned[0] += rs.getInt("planned") == 1 ? n : 0;
			done[0] += rs.getInt("concluded") == 1 ? n : 0;
			byKind.merge(InspectionKind.valueOf(rs.getString("kind")), n, Long::sum);
			byForm.merge(InspectionForm.valueOf(rs.getString("form")), n, Long::sum);
		});
		out.add(Figure.of("oversight.inspections.planned", planned[0], list + "&planned=true"));
		out.add(Figure.of("oversight.inspections.done", done[0], list + "&concluded=true"));
		for (InspectionKind kind : InspectionKind.values()) {
			out.add(Figure.of("oversight.inspections.kind." + kind.name().toLowerCase(), byKind.getOrDefault(kind, 0L),
					list + "&kind=" + kind));
		}
		for (InspectionForm form : InspectionForm.values()) {
			out.add(Figure.of("oversight.inspections.form." + form.name().toLowerCase(), byForm.getOrDefault(form, 0L),
					list + "&form=" + form));
		}
	}

	private void recommendationFigures(MapSqlParameterSource p, String recs, List<Figure> out) {
		long[] row = jdbc.queryForObject(RECOMMENDATIONS, p,
				(rs, i) -> new long[] { rs.getLong("issued"), rs.getLong("accepted"), rs.getLong("overdue") });
		Fulfilment rate = new Fulfilment(row[1], row[0]);
		out.add(Figure.of("oversight.recommendations.issued", row[0], recs));
		out.add(Figure.of("oversight.recommendations.accepted", rate.accepted(), recs + "&status=ACCEPTED"));
		out.add(Figure.of("oversight.recommendations.overdue", row[2], recs + "&status=OVERDUE"));
		out.add(new Figure("oversight.recommendations.fulfilment",
				rate.percent() == null ? BigDecimal.ZERO : BigDecimal.valueOf(rate.percent()), recs));
	}

	private void directiveFigures(MapSqlParameterSource p, String dirs, List<Figure> out) {
		Long concerned = jdbc.queryForObject(DIRECTIVES, p, Long.class);
		long[] row = jdbc.queryForObject(DISSEMINATION, p,
				(rs, i) -> new long[] { rs.getLong("required"), rs.getLong("done"), rs.getLong("late") });
		out.add(Figure.of("oversight.directives.issued", concerned == null ? 0 : concerned, dirs));
		out.add(Figure.of("oversight.directives.units-required", row[0], dirs));
		out.add(Figure.of("oversight.directives.units-done", row[1], dirs));
		out.add(Figure.of("oversight.directives.units-late", row[2], dirs));
	}

}
