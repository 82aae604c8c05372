package danvan.dialogue.reception;

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
import danvan.platform.web.RuleViolationException;

/**
 * A citizen-reception day (ngày tiếp công dân) of a Party head: scheduled, then held (who received, how many cases
 * and visitors) or recorded as not held with the reason. Its cases are petitions pointing back to it.
 */
@Entity
@Table(name = "dialogue_reception_day")
@AuditTrail("ReceptionDay")
public class ReceptionDay {

	public enum Kind {
		IN_PERSON, ONLINE
	}

	public enum Status {
		SCHEDULED, HELD, NOT_HELD
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long unitId;

	private String levelCode;

	private String headName;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private LocalDate scheduledOn;

	private String place;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String receivedBy;

	private int cases;

	private int visitors;

	private String note;

	private Instant createdAt;

	private String createdBy;

	@Version
	private long version;

	protected ReceptionDay() {
	}

	ReceptionDay(Long unitId, String levelCode, String headName, Kind kind, LocalDate scheduledOn, String place,
			Instant createdAt, String createdBy) {
		this.unitId = unitId;
		this.levelCode = levelCode;
		this.headName = headName;
		this.kind = kind;
		this.scheduledOn = scheduledOn;
		this.place = place;
		this.status = Status.SCHEDULED;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	void held(String receivedBy, int cases, int visitors, String note) {
		if (status == Status.NOT_HELD) {
			throw RuleViolationException.onField("status", "dialogue.reception.status.illegal");
		}
		this.status = Status.HELD;
		this.receivedBy = receivedBy;
		this.cases = cases;
		this.visitors = visitors;
		this.note = note;
	}

	void notHeld(String note) {
		if (status != Status.SCHEDULED) {
			throw RuleViolationException.onField("status", "dialogue.reception.status.illegal");
		}
		this.status = Status.NOT_HELD;
		this.note = note;
	}

	public Long getId() {
		return id;
	}

	public Long getUnitId() {
		return unitId;
	}

	public String getLevelCode() {
		return levelCode;
	}

	public String getHeadName() {
		return headName;
	}

	public Kind getKind() {
		return kind;
	}

	public LocalDate getScheduledOn() {
		return scheduledOn;
	}

	public String getPlace() {
		return place;
	}

	public Status getStatus() {
		return status;
	}

	public String getReceivedBy() {
		return receivedBy;
	}

	public int getCases() {
		return cases;
	}

	public int getVisitors() {
		return visitors;
	}

	public String getNote() {
		return note;
	}

	public long getVersion() {
		return version;
	}

}
