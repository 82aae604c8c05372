package danvan.dialogue;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.audit.AuditTrail;

/**
 * A direct dialogue between a unit's leaders and the citizens (Quy định 11-QĐi/TW): comprehensive or on one
 * field, its chair, how many citizens came, the minutes. Never deleted: a dialogue recorded by mistake is
 * withdrawn.
 */
@Entity
@Table(name = "dialogue_dialogue")
@AuditTrail("Dialogue")
public class Dialogue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private DialogueKind kind;

	private String field;

	private String title;

	private LocalDate heldOn;

	private String place;

	private Long hostUnitId;

	private String chairName;

	private int participants;

	private Long minutesFileId;

	private String conclusion;

	private Instant createdAt;

	private String createdBy;

	private boolean active = true;

	@Version
	private long version;

	protected Dialogue() {
	}

	Dialogue(Long hostUnitId, Instant createdAt, String createdBy) {
		this.hostUnitId = hostUnitId;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	void describe(DialogueDraft draft) {
		this.kind = draft.kind();
		this.field = draft.kind() == DialogueKind.THEMATIC ? draft.field() : null;
		this.title = draft.title();
		this.heldOn = draft.heldOn();
		this.place = draft.place();
		this.chairName = draft.chairName();
		this.participants = draft.participants();
		this.conclusion = draft.conclusion();
	}

	void attachMinutes(Long fileId) {
		this.minutesFileId = fileId;
	}

	void withdraw() {
		this.active = false;
	}

	public Long getId() {
		return id;
	}

	public DialogueKind getKind() {
		return kind;
	}

	public String getField() {
		return field;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getHeldOn() {
		return heldOn;
	}

	public String getPlace() {
		return place;
	}

	public Long getHostUnitId() {
		return hostUnitId;
	}

	public String getChairName() {
		return chairName;
	}

	public int getParticipants() {
		return participants;
	}

	public Long getMinutesFileId() {
		return minutesFileId;
	}

	public String getConclusion() {
		return conclusion;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public boolean isActive() {
		return active;
	}

	public long getVersion() {
		return version;
	}

}
