package danvan.planning.meeting;

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

/** A task assigned in a meeting's conclusions, tracked to done. */
@Entity
@Table(name = "planning_meeting_task")
@AuditTrail("MeetingTask")
public class MeetingTask {

	public enum Status {
		OPEN, DONE
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long meetingId;

	private String text;

	private Long assigneeUnitId;

	private Long assigneeOfficialId;

	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private Status status = Status.OPEN;

	private LocalDate doneOn;

	@Version
	private long version;

	protected MeetingTask() {
	}

	MeetingTask(Long meetingId, String text, Long assigneeUnitId, Long assigneeOfficialId, LocalDate dueOn) {
		this.meetingId = meetingId;
		this.text = text;
		this.assigneeUnitId = assigneeUnitId;
		this.assigneeOfficialId = assigneeOfficialId;
		this.dueOn = dueOn;
	}

	void done(LocalDate on) {
		this.status = Status.DONE;
		this.doneOn = on;
	}

	public boolean isOverdue(LocalDate today) {
		return status == Status.OPEN && dueOn.isBefore(today);
	}

	public Long getId() {
		return id;
	}

	public Long getMeetingId() {
		return meetingId;
	}

	public String getText() {
		return text;
	}

	public Long getAssigneeUnitId() {
		return assigneeUnitId;
	}

	public Long getAssigneeOfficialId() {
		return assigneeOfficialId;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public Status getStatus() {
		return status;
	}

	public LocalDate getDoneOn() {
		return doneOn;
	}

	public long getVersion() {
		return version;
	}

}
