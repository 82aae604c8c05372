package danvan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.platform.figures.Figure;
import danvan.platform.figures.FigureQuery;
import danvan.platform.figures.FigureSource;
import danvan.platform.figures.Figures;
import danvan.test.DanvanSpringTest;

/**
 * The batch call {@code figuresByUnit} gives, for every source and every unit, exactly what the per-unit call
 * gives: the province, the demo district, its communes (xã Kim Sơn through its mergers included), for a quarter
 * and a year of the demo data.
 */
@DanvanSpringTest
@Transactional
class BatchFiguresTests {

	@Autowired
	List<FigureSource> sources;

	@Autowired
	Figures figures;

	@Autowired
	OrgDirectory org;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everySourcesBatchEqualsItsPerUnitFigures() {
		List<Long> units = units();
		assertThat(sources).hasSizeGreaterThanOrEqualTo(6);
		BigDecimal total = BigDecimal.ZERO;
		for (LocalDate[] period : List.of(new LocalDate[] { LocalDate.of(2020, 7, 1), LocalDate.of(2020, 9, 30) },
				new LocalDate[] { LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31) })) {
			for (FigureSource source : sources) {
				Map<Long, List<Figure>> batch = source.figuresByUnit(units, period[0], period[1]);
				assertThat(batch.keySet()).as(source.getClass().getSimpleName()).containsExactlyElementsOf(units);
				for (Long unit : units) {
					List<Figure> one = source.figures(new FigureQuery(unit, period[0], period[1]));
					assertThat(batch.get(unit)).as(source.getClass().getSimpleName() + " unit " + unit + " " + period[0])
						.containsExactlyElementsOf(one);
					total = total.add(one.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add));
				}
			}
			Map<Long, List<Figure>> all = figures.figuresByUnit(units, period[0], period[1]);
			for (Long unit : units) {
				assertThat(all.get(unit)).containsExactlyElementsOf(figures.figures(new FigureQuery(unit, period[0], period[1])));
			}
		}
		assertThat(total).as("the demo data gives figures to compare").isPositive();
	}

	@Test
	void figuresOfSomeIndicatorsAreThoseOfTheFullList() {
		Long district = org.unitByCode("HU_CHAU_THANH").orElseThrow().id();
		FigureQuery year = new FigureQuery(district, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
		List<String> codes = List.of("commendation.awards.collectives", "commendation.awards.individuals");
		List<Figure> full = figures.figures(year).stream().filter(f -> codes.contains(f.code())).toList();
		assertThat(figures.figuresOf(year, codes)).hasSize(2).containsExactlyElementsOf(full);
	}

	private List<Long> units() {
		Long district = org.unitByCode("HU_CHAU_THANH").orElseThrow().id();
		List<Long> units = new ArrayList<>();
		units.add(org.unitByCode("TU_DONG_THAP").orElseThrow().id());
		units.add(district);
		units.addAll(jdbc.queryForList("select id from org_unit where parent_id = ? order by id", Long.class, district));
		units.add(org.unitByCode("DUX_KIM_SON").orElseThrow().id());
		return units.stream().distinct().toList();
	}

}
