package danvan.planning.meeting;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of unit must hold a kind of meeting every quarter, from a date, on a stated basis: data. */
@Entity
@Table(name = "planning_meeting_duty")
public class MeetingDuty {

	@Id
	private Long id;

	@Enumerated(EnumType.STRING)
	private Meeting.Kind meetingKind;

	private String unitKindCode;

	private String every;

	private String legalBasis;

	private LocalDate effectiveFrom;

	protected MeetingDuty() {
	}

	public Long getId() {
		return id;
	}

	public Meeting.Kind getMeetingKind() {
		return meetingKind;
	}

	public String getUnitKindCode() {
		return unitKindCode;
	}

	public String getEvery() {
		return every;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

}
