package danvan.platform.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import danvan.platform.security.CurrentActor;

/**
 * Appends entries to the audit trail inside the caller's transaction. Entity changes reach it through
 * {@link HibernateAuditListener}; a bulk write that bypasses JPA records its changes with {@link #writeAll}.
 */
@Component
public class AuditWriter {

	private static final String INSERT = """
			insert into platform_audit_entry
			  (occurred_at, actor, entity_type, entity_id, action, before_state, after_state, client_address)
			values (?, ?, ?, ?, ?, ?, ?, ?)""";

	/**
	 * One change of one record, its field values rendered as entity changes are (decimals with a decimal comma, instants
	 * in Vietnamese time). A field name may carry an argument, {@code selfPoints[I.1]}, for the label
	 * {@code audit.field.<type>.selfPoints} with {0}.
	 */
	public record Entry(String entityType, Object entityId, AuditAction action, Map<String, ?> before,
			Map<String, ?> after) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AuditWriter(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void write(String entityType, Object entityId, AuditAction action, Map<String, String> before,
			Map<String, String> after) {
		jdbc.update(INSERT, Timestamp.from(clock.instant()), CurrentActor.name(), entityType, String.valueOf(entityId),
				action.name(), AuditStates.write(before), AuditStates.write(after), clientAddress());
	}

	/**
	 * An event that is no change of a record's fields, such as a sign-in: its actor is named, because nobody is
	 * signed in yet when it happens; {@code details} are kept as the entry's after-state.
	 */
	public void writeEvent(String entityType, Object entityId, AuditAction action, String actor,
			Map<String, String> details) {
		jdbc.update(INSERT, Timestamp.from(clock.instant()), actor, entityType, String.valueOf(entityId), action.name(),
				null, AuditStates.write(details), clientAddress());
	}

	/** Writes the entries in JDBC batches, all with the same time and actor. */
	public void writeAll(List<Entry> entries) {
		Timestamp now = Timestamp.from(clock.instant());
		String actor = CurrentActor.name();
		String address = clientAddress();
		jdbc.batchUpdate(INSERT, entries, 1000, (ps, entry) -> {
			ps.setTimestamp(1, now);
			ps.setString(2, actor);
			ps.setString(3, entry.entityType());
			ps.setString(4, String.valueOf(entry.entityId()));
			ps.setString(5, entry.action().name());
			setText(ps, 6, AuditStates.write(rendered(entry.before())));
			setText(ps, 7, AuditStates.write(rendered(entry.after())));
			setText(ps, 8, address);
		});
	}

	/** The client's address when a web request is under way; Tomcat takes it from the trusted proxy's header. */
	static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			String address = attributes.getRequest().getRemoteAddr();
			return address == null || address.length() > 45 ? null : address;
		}
		return null;
	}

	private static void setText(PreparedStatement ps, int index, String text) throws SQLException {
		if (text == null) {
			ps.setNull(index, Types.VARCHAR);
		}
		else {
			ps.setString(index, text);
		}
	}

	private static Map<String, String> rendered(Map<String, ?> values) {
		if (values == null) {
			return null;
		}
		Map<String, String> state = new LinkedHashMap<>();
		values.forEach((field, value) -> state.put(field, HibernateAuditListener.render(value)));
		return state;
	}

}
