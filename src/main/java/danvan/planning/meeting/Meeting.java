package danvan.planning.meeting;

import java.time.Instant;
import java.time.LocalDateTime;

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
 * A conference, a periodic bloc meeting, a working session or a training course: organiser, time, place, chair,
 * agenda; closed with its conclusions, from which tasks are assigned. Never deleted: a meeting called off is
 * cancelled.
 */
@Entity
@Table(name = "planning_meeting")
@AuditTrail("Meeting")
public class Meeting {

	public enum Kind {
		CONFERENCE, BLOC_MEETING, WORKING_SESSION, TRAINING
	}

	public enum Status {
		PLANNED, HELD, CANCELLED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String title;

	private Long organiserUnitId;

	private LocalDateTime startsAt;

	private LocalDateTime endsAt;

	private String place;

	private boolean online;

	private String chairName;

	private String agenda;

	private String courseContent;

	/** Title and place without diacritics, for the list's word search in the database. */
	private String searchFolded = "";

	@Enumerated(EnumType.STRING)
	private Status status = Status.PLANNED;

	private String conclusion;

	private Long conclusionFileId;

	private Instant createdAt;

	private String createdBy;

	@Version
	private long version;

	protected Meeting() {
	}

	Meeting(Long organiserUnitId, Instant createdAt, String createdBy) {
		this.organiserUnitId = organiserUnitId;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	void describe(MeetingDraft d) {
		this.kind = d.kind();
		this.title = d.title().strip();
		this.startsAt = d.startsAt();
		this.endsAt = d.endsAt();
		this.place = blankToNull(d.place());
		this.online = d.online();
		this.chairName = blankToNull(d.chairName());
		this.agenda = blankToNull(d.agenda());
		this.courseContent = d.kind() == Kind.TRAINING ? blankToNull(d.courseContent()) : null;
		String folded = danvan.platform.text.Folding.fold(title + " " + (place == null ? "" : place));
		this.searchFolded = folded.length() > 1500 ? folded.substring(0, 1500) : folded;
	}

	void close(String conclusion, Long fileId) {
		this.status = Status.HELD;
		this.conclusion = conclusion;
		if (fileId != null) {
			this.conclusionFileId = fileId;
		}
	}

	void cancel() {
		this.status = Status.CANCELLED;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public Long getId() {
		return id;
	}

	public Kind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public Long getOrganiserUnitId() {
		return organiserUnitId;
	}

	public LocalDateTime getStartsAt() {
		return startsAt;
	}

	public LocalDateTime getEndsAt() {
		return endsAt;
	}

	public String getPlace() {
		return place;
	}

	public boolean isOnline() {
		return online;
	}

	public String getChairName() {
		return chairName;
	}

	public String getAgenda() {
		return agenda;
	}

	public String getCourseContent() {
		return courseContent;
	}

	public Status getStatus() {
		return status;
	}

	public String getConclusion() {
		return conclusion;
	}

	public Long getConclusionFileId() {
		return conclusionFileId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public long getVersion() {
		return version;
	}

}
