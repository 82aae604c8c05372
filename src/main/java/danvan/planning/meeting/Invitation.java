package danvan.planning.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import danvan.platform.audit.AuditTrail;

/** A unit invited to a meeting, or one of its officials by name. */
@Entity
@Table(name = "planning_invitation")
@AuditTrail("Invitation")
public class Invitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long meetingId;

	private Long unitId;

	private Long officialId;

	protected Invitation() {
	}

	Invitation(Long meetingId, Long unitId, Long officialId) {
		this.meetingId = meetingId;
		this.unitId = unitId;
		this.officialId = officialId;
	}

	public Long getId() {
		return id;
	}

	public Long getMeetingId() {
		return meetingId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public Long getOfficialId() {
		return officialId;
	}

}
