package danvan.planning.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import danvan.platform.audit.AuditTrail;

/** One person on the attendance list: present, absent with a reason, or sent a substitute; a guest if not invited. */
@Entity
@Table(name = "planning_attendance")
@AuditTrail("Attendance")
public class Attendance {

	public enum Presence {
		PRESENT, ABSENT, SUBSTITUTE
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long meetingId;

	private Long officialId;

	private String personName;

	private Long unitId;

	@Enumerated(EnumType.STRING)
	private Presence presence;

	private String reason;

	private String substituteName;

	private boolean guest;

	private boolean completed;

	protected Attendance() {
	}

	Attendance(Long meetingId, Long officialId, String personName, Long unitId, Presence presence, String reason,
			String substituteName, boolean guest, boolean completed) {
		this.meetingId = meetingId;
		this.officialId = officialId;
		this.personName = personName;
		this.unitId = unitId;
		this.presence = presence;
		this.reason = reason;
		this.substituteName = substituteName;
		this.guest = guest;
		this.completed = completed;
	}

	public boolean attended() {
		return presence != Presence.ABSENT;
	}

	public Long getId() {
		return id;
	}

	public Long getMeetingId() {
		return meetingId;
	}

	public Long getOfficialId() {
		return officialId;
	}

	public String getPersonName() {
		return personName;
	}

	public Long getUnitId() {
		return unitId;
	}

	public Presence getPresence() {
		return presence;
	}

	public String getReason() {
		return reason;
	}

	public String getSubstituteName() {
		return substituteName;
	}

	public boolean isGuest() {
		return guest;
	}

	public boolean isCompleted() {
		return completed;
	}

}
