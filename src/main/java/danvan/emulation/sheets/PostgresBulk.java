package danvan.emulation.sheets;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiConsumer;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's bulk load for {@link ScoreRows}: {@code COPY … FROM STDIN} in text format, on the connection of
 * the caller's transaction (JdbcTemplate takes it through {@code DataSourceUtils}), so the rows commit or roll
 * back with everything else. Another database — H2 in the tests and the demo — keeps the JDBC batches.
 */
final class PostgresBulk {

	/** Characters of text sent to the server at a time. */
	private static final int CHUNK = 1 << 16;

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSS'+00'")
		.withZone(ZoneOffset.UTC);

	private final JdbcTemplate jdbc;

	private volatile Boolean available;

	PostgresBulk(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the database is PostgreSQL; asked of the first connection, then remembered. */
	boolean available() {
		Boolean on = available;
		if (on == null) {
			on = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) c -> c.isWrapperFor(PGConnection.class)));
			available = on;
		}
		return on;
	}

	/**
	 * Copies the rows into {@code target}, a table and its column list ({@code "t (a, b)"}); {@code line}
	 * writes one row's values in the order of those columns.
	 */
	<T> void copy(String target, List<T> rows, BiConsumer<T, Line> line) {
		if (rows.isEmpty()) {
			return;
		}
		jdbc.execute((ConnectionCallback<Long>) c -> {
			CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + target + " from stdin");
			try {
				Line text = new Line();
				for (T row : rows) {
					line.accept(row, text);
					text.end();
					if (text.out.length() >= CHUNK) {
						send(copy, text.out);
					}
				}
				send(copy, text.out);
				return copy.endCopy();
			}
			finally {
				if (copy.isActive()) {
					copy.cancelCopy();
				}
			}
		});
	}

	private static void send(CopyIn copy, StringBuilder out) throws SQLException {
		byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		out.setLength(0);
	}

	/**
	 * One row of COPY's text format: values separated by tabs, {@code \N} for null, and in strings a backslash
	 * before each backslash, tab, newline and carriage return.
	 */
	static final class Line {

		private final StringBuilder out = new StringBuilder(2 * CHUNK);

		private boolean first = true;

		Line add(long value) {
			next().append(value);
			return this;
		}

		Line add(BigDecimal value) {
			if (value == null) {
				return nil();
			}
			next().append(value.toPlainString());
			return this;
		}

		Line add(Instant value) {
			if (value == null) {
				return nil();
			}
			next();
			UTC.formatTo(value, out);
			return this;
		}

		Line add(String value) {
			if (value == null) {
				return nil();
			}
			next();
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				switch (c) {
					case '\\' -> out.append("\\\\");
					case '\t' -> out.append("\\t");
					case '\n' -> out.append("\\n");
					case '\r' -> out.append("\\r");
					default -> out.append(c);
				}
			}
			return this;
		}

		private Line nil() {
			next().append("\\N");
			return this;
		}

		private StringBuilder next() {
			if (!first) {
				out.append('\t');
			}
			first = false;
			return out;
		}

		private void end() {
			out.append('\n');
			first = true;
		}

	}

}
