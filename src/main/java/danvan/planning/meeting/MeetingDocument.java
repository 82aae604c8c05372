package danvan.planning.meeting;

import java.time.Instant;

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
 * One of a meeting's papers (agenda, invitation, minutes, other) as a stored file. Never deleted: a paper put
 * up by mistake is withdrawn, with who, when and why, and stays on the record.
 */
@Entity
@Table(name = "planning_meeting_document")
@AuditTrail("MeetingDocument")
public class MeetingDocument {

	public enum Kind {
		AGENDA, INVITATION, MINUTES, OTHER
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long meetingId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String title;

	private Long fileId;

	private Instant uploadedAt;

	private String uploadedBy;

	private Instant withdrawnAt;

	private String withdrawnBy;

	private String withdrawnReason;

	@Version
	private long version;

	protected MeetingDocument() {
	}

	MeetingDocument(Long meetingId, Kind kind, String title, Long fileId, Instant uploadedAt, String uploadedBy) {
		this.meetingId = meetingId;
		this.kind = kind;
		this.title = title;
		this.fileId = fileId;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	void withdraw(String reason, Instant at, String by) {
		this.withdrawnReason = reason;
		this.withdrawnAt = at;
		this.withdrawnBy = by;
	}

	public boolean isWithdrawn() {
		return withdrawnAt != null;
	}

	public Long getId() {
		return id;
	}

	public Long getMeetingId() {
		return meetingId;
	}

	public Kind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public Long getFileId() {
		return fileId;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}

	public String getUploadedBy() {
		return uploadedBy;
	}

	public Instant getWithdrawnAt() {
		return withdrawnAt;
	}

	public String getWithdrawnBy() {
		return withdrawnBy;
	}

	public String getWithdrawnReason() {
		return withdrawnReason;
	}

	public long getVersion() {
		return version;
	}

}
