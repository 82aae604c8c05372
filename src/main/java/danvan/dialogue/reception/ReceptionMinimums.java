package danvan.dialogue.reception;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Quy định 11-QĐi/TW minimum of reception days a month per level ({@code dialogue_reception_minimum}, with its
 * legal basis and effective date): the rule in force on the first day of the month is the one used.
 */
@Component
class ReceptionMinimums {

	record Minimum(String levelCode, int daysPerMonth, String legalBasis) {
	}

	private final JdbcTemplate jdbc;

	ReceptionMinimums(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The levels that have a minimum on {@code day}, each with the rule then in force. */
	List<Minimum> on(LocalDate day) {
		return jdbc.query("""
				select m.level_code, m.days_per_month, m.legal_basis from dialogue_reception_minimum m
				where m.effective_from = (select max(n.effective_from) from dialogue_reception_minimum n
				                          where n.level_code = m.level_code and n.effective_from <= ?)
				order by m.days_per_month, m.level_code""",
				(rs, i) -> new Minimum(rs.getString(1), rs.getInt(2), rs.getString(3)), Date.valueOf(day));
	}

	int daysPerMonth(String levelCode, LocalDate day) {
		return on(day).stream().filter(m -> m.levelCode().equals(levelCode)).mapToInt(Minimum::daysPerMonth)
			.findFirst().orElse(0);
	}

}
