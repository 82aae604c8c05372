package danvan.oversight;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The topics inspections cover, a list kept as data ({@code oversight_topic}). */
@Component
public class Topics {

	private final JdbcTemplate jdbc;

	Topics(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Code → name of the active topics, in the order they were entered. */
	public Map<String, String> active() {
		Map<String, String> topics = new LinkedHashMap<>();
		jdbc.query("select code, name from oversight_topic where active = true order by effective_from, code",
				rs -> {
					topics.put(rs.getString(1), rs.getString(2));
				});
		return topics;
	}

	public String nameOf(String code) {
		return active().getOrDefault(code, code);
	}

}
