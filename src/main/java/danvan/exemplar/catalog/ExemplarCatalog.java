package danvan.exemplar.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The lists that are data: fields, outcome indicators (with their unit of measure and ceiling), stages and the
 * board's evaluation criteria, as in force on a day.
 */
@Service
public class ExemplarCatalog {

	public record Field(String code, String name) {
	}

	public record OutcomeIndicator(String code, String name, String measure, BigDecimal maxValue) {
	}

	public record Stage(String code, String name, LocalDate startsOn, LocalDate endsOn, LocalDate conferenceOn) {

		public boolean covers(LocalDate day) {
			return !day.isBefore(startsOn) && !day.isAfter(endsOn);
		}

	}

	public record Criterion(String code, String name, int maxScore) {
	}

	private final JdbcTemplate jdbc;

	ExemplarCatalog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Field> fields() {
		return jdbc.query("select code, name from exemplar_field where effective_to is null order by sort_order",
				(rs, i) -> new Field(rs.getString(1), rs.getString(2)));
	}

	public Optional<Field> field(String code) {
		return fields().stream().filter(f -> f.code().equals(code)).findFirst();
	}

	/** The field's name for a screen, the code itself for a field no longer listed. */
	public String fieldName(String code) {
		return field(code).map(Field::name).orElse(code);
	}

	/** A figure as Vietnamese write it: 1.850.000.000, 2,3. */
	public String number(BigDecimal value) {
		return format(value);
	}

	public static String format(BigDecimal value) {
		if (value == null) {
			return "";
		}
		java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.##",
				java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("vi")));
		return format.format(value);
	}

	public List<OutcomeIndicator> indicators() {
		return jdbc.query("select code, name, measure, max_value from exemplar_indicator where effective_to is null"
				+ " order by sort_order", (rs, i) -> new OutcomeIndicator(rs.getString(1), rs.getString(2),
						rs.getString(3), rs.getBigDecimal(4)));
	}

	public Optional<OutcomeIndicator> indicator(String code) {
		return indicators().stream().filter(f -> f.code().equals(code)).findFirst();
	}

	public List<Stage> stages() {
		return jdbc.query("select code, name, starts_on, ends_on, conference_on from exemplar_stage order by starts_on",
				(rs, i) -> new Stage(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
						rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)));
	}

	public Optional<Stage> stage(String code) {
		return stages().stream().filter(s -> s.code().equals(code)).findFirst();
	}

	/** The stage a day falls in; the last one for a day after every stage. */
	public Stage stageOn(LocalDate day) {
		List<Stage> all = stages();
		return all.stream().filter(s -> s.covers(day)).findFirst().orElse(all.get(all.size() - 1));
	}

	public Optional<Stage> stageAfter(String code) {
		List<Stage> all = stages();
		for (int i = 0; i < all.size() - 1; i++) {
			if (all.get(i).code().equals(code)) {
				return Optional.of(all.get(i + 1));
			}
		}
		return Optional.empty();
	}

	public List<Criterion> criteria() {
		return jdbc.query("select code, name, max_score from exemplar_criterion where effective_to is null"
				+ " order by sort_order", (rs, i) -> new Criterion(rs.getString(1), rs.getString(2), rs.getInt(3)));
	}

}
