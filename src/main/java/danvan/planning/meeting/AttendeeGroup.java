package danvan.planning.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import danvan.platform.audit.AuditTrail;

/** For a large conference: how many came of one group (delegates of the communes, the fronts' officials…). */
@Entity
@Table(name = "planning_attendee_group")
@AuditTrail("AttendeeGroup")
public class AttendeeGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long meetingId;

	private String groupName;

	private int headcount;

	protected AttendeeGroup() {
	}

	AttendeeGroup(Long meetingId, String groupName, int headcount) {
		this.meetingId = meetingId;
		this.groupName = groupName;
		this.headcount = headcount;
	}

	public Long getId() {
		return id;
	}

	public Long getMeetingId() {
		return meetingId;
	}

	public String getGroupName() {
		return groupName;
	}

	public int getHeadcount() {
		return headcount;
	}

}
