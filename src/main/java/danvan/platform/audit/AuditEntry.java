package danvan.platform.audit;

import java.time.Instant;
import java.util.Map;

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

	/** The changed fields: name → {before, after}, in the order they were recorded. */
	public Map<String, String[]> changes() {
		return AuditStates.changes(before, after);
	}

}
