package danvan.platform.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import danvan.platform.security.CurrentActor;

/** Appends entries to the audit trail inside the caller's transaction. */
@Component
class AuditWriter {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AuditWriter(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void write(String entityType, Object entityId, AuditAction action, Map<String, String> before,
			Map<String, String> after) {
		jdbc.update("""
				insert into platform_audit_entry
				  (occurred_at, actor, entity_type, entity_id, action, before_state, after_state)
				values (?, ?, ?, ?, ?, ?, ?)""", Timestamp.from(clock.instant()), CurrentActor.name(), entityType,
				String.valueOf(entityId), action.name(), AuditStates.write(before), AuditStates.write(after));
	}

}
