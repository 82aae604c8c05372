package danvan.platform.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One change of one record: who, when, what, and the changed fields before and after. */
@Entity
@Immutable
@Table(name = "platform_audit_entry")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String actor;

	private String entityType;

	private String entityId;

	@Enumerated(EnumType.STRING)
	private AuditAction action;

	@Column(name = "before_state")
	private String before;

	@Column(name = "after_state")
	private String after;

	private String clientAddress;

	protected AuditEntry() {
	}

	public Long getId() {
		return id;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getActor() {
		return actor;
	}

	public String getEntityType() {
		return entityType;
	}

	public String getEntityId() {
		return entityId;
	}

	public AuditAction getAction() {
		return action;
	}

	/** The address the request came from (behind the reverse proxy: the client's), or null for work at startup. */
	public String getClientAddress() {
		return clientAddress;
	}

	/** The changed fields, in the order they were recorded. */
	public List<Change> changes() {
		List<Change> changes = new ArrayList<>();
		AuditStates.changes(before, after).forEach((key, values) -> changes.add(new Change(key, values[0], values[1])));
		return changes;
	}

	/**
	 * One changed field. A key such as {@code selfPoints[I.1]} is the field {@code selfPoints} of the item I.1:
	 * its label is the message {@code audit.field.<type>.selfPoints} with I.1 as {0}.
	 */
	public record Change(String key, String before, String after) {

		public String field() {
			int bracket = key.indexOf('[');
			return bracket < 0 ? key : key.substring(0, bracket);
		}

		public Object[] arguments() {
			int bracket = key.indexOf('[');
			return bracket < 0 || !key.endsWith("]") ? new Object[0]
					: new Object[] { key.substring(bracket + 1, key.length() - 1) };
		}

	}

}
