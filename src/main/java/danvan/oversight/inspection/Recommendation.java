package danvan.oversight.inspection;

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
 * A recommendation of a conclusion, a task for its addressee: answered in writing, reported done with evidence,
 * then accepted by the inspecting body. Escalated once when no written reply came within the rule's days.
 */
@Entity
@Table(name = "oversight_recommendation")
@AuditTrail("OversightRecommendation")
public class Recommendation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long inspectionId;

	private String text;

	private Long addresseeUnitId;

	private Long addresseeOfficialId;

	private LocalDate issuedOn;

	private LocalDate due;

	@Enumerated(EnumType.STRING)
	private RecommendationStatus status = RecommendationStatus.NOT_STARTED;

	private String replyNote;

	private LocalDate repliedOn;

	private Long evidenceFileId;

	private LocalDate reportedOn;

	private LocalDate acceptedOn;

	private String acceptedBy;

	private LocalDate escalatedOn;

	@Version
	private long version;

	protected Recommendation() {
	}

	Recommendation(Long inspectionId, String text, Long addresseeUnitId, Long addresseeOfficialId, LocalDate issuedOn,
			LocalDate due) {
		this.inspectionId = inspectionId;
		this.text = text;
		this.addresseeUnitId = addresseeUnitId;
		this.addresseeOfficialId = addresseeOfficialId;
		this.issuedOn = issuedOn;
		this.due = due;
	}

	/** A written reply: work under way, or done with its evidence. */
	void reply(boolean done, String note, LocalDate on, Long evidenceFileId) {
		this.status = done ? RecommendationStatus.REPORTED_DONE : RecommendationStatus.IN_PROGRESS;
		this.replyNote = note;
		if (this.repliedOn == null) {
			this.repliedOn = on;
		}
		if (done) {
			this.reportedOn = on;
		}
		if (evidenceFileId != null) {
			this.evidenceFileId = evidenceFileId;
		}
	}

	void accept(String by, LocalDate on) {
		this.status = RecommendationStatus.ACCEPTED;
		this.acceptedBy = by;
		this.acceptedOn = on;
	}

	/** The reply was not enough: back to work. */
	void sendBack(String note) {
		this.status = RecommendationStatus.IN_PROGRESS;
		this.replyNote = note;
	}

	void escalate(LocalDate on) {
		this.escalatedOn = on;
	}

	/** The status as read on {@code today}: unmet and past due reads overdue. */
	public RecommendationStatus statusOn(LocalDate today) {
		boolean open = status == RecommendationStatus.NOT_STARTED || status == RecommendationStatus.IN_PROGRESS;
		return open && due.isBefore(today) ? RecommendationStatus.OVERDUE : status;
	}

	public boolean isOverdue(LocalDate today) {
		return statusOn(today) == RecommendationStatus.OVERDUE;
	}

	public Long getId() {
		return id;
	}

	public Long getInspectionId() {
		return inspectionId;
	}

	public String getText() {
		return text;
	}

	public Long getAddresseeUnitId() {
		return addresseeUnitId;
	}

	public Long getAddresseeOfficialId() {
		return addresseeOfficialId;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public LocalDate getDue() {
		return due;
	}

	public RecommendationStatus getStatus() {
		return status;
	}

	public String getReplyNote() {
		return replyNote;
	}

	public LocalDate getRepliedOn() {
		return repliedOn;
	}

	public Long getEvidenceFileId() {
		return evidenceFileId;
	}

	public LocalDate getReportedOn() {
		return reportedOn;
	}

	public LocalDate getAcceptedOn() {
		return acceptedOn;
	}

	public String getAcceptedBy() {
		return acceptedBy;
	}

	public LocalDate getEscalatedOn() {
		return escalatedOn;
	}

	public long getVersion() {
		return version;
	}

}
