package danvan.emulation.figures;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.platform.AppClock;
import danvan.platform.figures.Figure;
import danvan.platform.figures.FigureQuery;
import danvan.platform.figures.FigureSource;
import danvan.platform.figures.Indicator;

/**
 * Movements organised by the unit's subtree and running in the period, units of the subtree taking part in
 * them, and self-assessments the subtree's units submitted in the period. Counts read through mergers: xã Kim
 * Sơn's figures since 2020 include xã Bình Đức's.
 */
@Component
class EmulationFigures implements FigureSource {

	static final String ORGANISED = "emulation.movements.organised";

	static final String PARTICIPANTS = "emulation.participants";

	static final String SUBMITTED = "emulation.assessments.submitted";

	private final JdbcClient jdbc;

	private final OrgDirectory org;

	EmulationFigures(JdbcClient jdbc, OrgDirectory org) {
		this.jdbc = jdbc;
		this.org = org;
	}

	@Override
	public List<Indicator> indicators() {
		return List.of(new Indicator(ORGANISED, "emulation.figures.organised", "platform.figures.measure.count"),
				new Indicator(PARTICIPANTS, "emulation.figures.participants", "platform.figures.measure.units"),
				new Indicator(SUBMITTED, "emulation.figures.submitted", "platform.figures.measure.count"));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Figure> figures(FigureQuery query) {
		return figuresByUnit(List.of(query.unitId()), query.from(), query.to()).get(query.unitId());
	}

	/** The period's rows read once (three queries), then counted for each unit's subtree. */
	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<Figure>> figuresByUnit(Collection<Long> unitIds, LocalDate from, LocalDate to) {
		List<Long> organisers = rows("""
				select organiser_unit_id from emulation_movement
				where status <> 'DRAFT' and period_start <= :to and period_end >= :from""", from, to);
		List<Long> participating = rows("""
				select distinct p.unit_id from emulation_participant p join emulation_movement m on m.id = p.movement_id
				where m.status <> 'DRAFT' and m.period_start <= :to and m.period_end >= :from""", from, to);
		List<Long> submitters = rows("""
				select unit_id from emulation_assessment
				where submitted_at >= :from and submitted_at < :to""", start(from), start(to.plusDays(1)));
		Map<Long, List<Figure>> out = new LinkedHashMap<>();
		for (Long unitId : unitIds) {
			Set<Long> within = org.unitIdsWithin(unitId);
			long organised = organisers.stream().filter(within::contains).count();
			long participants = participating.stream().filter(within::contains).count();
			long submitted = submitters.stream().filter(within::contains).count();
			out.put(unitId, List.of(Figure.of(ORGANISED, organised, "/emulation/movements"),
					Figure.of(PARTICIPANTS, participants, "/emulation/movements"),
					Figure.of(SUBMITTED, submitted, "/emulation/movements")));
		}
		return out;
	}

	private List<Long> rows(String sql, Object from, Object to) {
		return jdbc.sql(sql).param("from", from).param("to", to).query(Long.class).list();
	}

	private static Timestamp start(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(AppClock.VIETNAM).toInstant());
	}

}
