package danvan.oversight;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The day counts of {@code oversight_rule} (days, legal basis, effective date): the rule in force on the day the
 * count starts is the one used.
 */
@Component
public class OversightRules {

	public static final String NOTICE_SUPERVISION = "NOTICE_SUPERVISION";

	public static final String REPLY_SUPERVISION = "REPLY_SUPERVISION";

	public static final String REPLY_INSPECTION = "REPLY_INSPECTION";

	public static final String DIRECTIVE_REMINDER = "DIRECTIVE_REMINDER";

	private final JdbcTemplate jdbc;

	OversightRules(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The days of rule {@code code} in force on {@code on}; zero when none was. */
	public int days(String code, LocalDate on) {
		List<Integer> days = jdbc.queryForList("select days from oversight_rule where code = ? and effective_from <= ? "
				+ "order by effective_from desc limit 1", Integer.class, code, Date.valueOf(on));
		return days.isEmpty() ? 0 : days.get(0);
	}

}
