package danvan.reporting.calendar;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A unit that owes the call's report, and when it was reminded (before the deadline, and once late). */
@Entity
@Table(name = "reporting_call_unit")
public class ReportingCallUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne
	private ReportingCall call;

	private Long unitId;

	private Instant remindedBeforeAt;

	private Instant remindedLateAt;

	protected ReportingCallUnit() {
	}

	ReportingCallUnit(ReportingCall call, Long unitId) {
		this.call = call;
		this.unitId = unitId;
	}

	void remindedBefore(Instant at) {
		remindedBeforeAt = at;
	}

	void remindedLate(Instant at) {
		remindedLateAt = at;
	}

	public Long getUnitId() {
		return unitId;
	}

	public Instant getRemindedBeforeAt() {
		return remindedBeforeAt;
	}

	public Instant getRemindedLateAt() {
		return remindedLateAt;
	}

}
