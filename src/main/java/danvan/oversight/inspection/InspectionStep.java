package danvan.oversight.inspection;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of an inspection: who moved it, when, from what to what, and the document filed with it. */
@Entity
@Table(name = "oversight_inspection_step")
public class InspectionStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long inspectionId;

	private Instant actedAt;

	private String actor;

	@Enumerated(EnumType.STRING)
	private InspectionStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private InspectionStatus toStatus;

	private String documentKind;

	private Long fileId;

	private String note;

	protected InspectionStep() {
	}

	InspectionStep(Long inspectionId, Instant actedAt, String actor, InspectionStatus fromStatus,
			InspectionStatus toStatus, String documentKind, Long fileId, String note) {
		this.inspectionId = inspectionId;
		this.actedAt = actedAt;
		this.actor = actor;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.documentKind = documentKind;
		this.fileId = fileId;
		this.note = note;
	}

	public Long getId() {
		return id;
	}

	public Long getInspectionId() {
		return inspectionId;
	}

	public Instant getActedAt() {
		return actedAt;
	}

	public String getActor() {
		return actor;
	}

	public InspectionStatus getFromStatus() {
		return fromStatus;
	}

	public InspectionStatus getToStatus() {
		return toStatus;
	}

	public String getDocumentKind() {
		return documentKind;
	}

	public Long getFileId() {
		return fileId;
	}

	public String getNote() {
		return note;
	}

}
