package danvan.commendation.appraisal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.audit.AuditLabel;
import danvan.platform.audit.AuditTrail;

/** A disciplinary action against an official, with its decision; annulled with a reason, never deleted. */
@Entity
@Table(name = "commendation_discipline")
@AuditTrail("Discipline")
public class Discipline implements AuditLabel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long officialId;

	@Enumerated(EnumType.STRING)
	private DisciplineForm form;

	private LocalDate decidedOn;

	private String decisionNumber;

	private String reason;

	private LocalDate annulledOn;

	private String annulReason;

	@Version
	private long version;

	protected Discipline() {
	}

	Discipline(Long officialId, DisciplineForm form, LocalDate decidedOn, String decisionNumber, String reason) {
		this.officialId = officialId;
		this.form = form;
		this.decidedOn = decidedOn;
		this.decisionNumber = decisionNumber;
		this.reason = reason;
	}

	void annul(LocalDate on, String why) {
		this.annulledOn = on;
		this.annulReason = why;
	}

	/** In the record on {@code day}: decided by then and not annulled by then. */
	public boolean standsOn(LocalDate day) {
		return !decidedOn.isAfter(day) && (annulledOn == null || annulledOn.isAfter(day));
	}

	@Override
	public String auditLabel() {
		return form + " " + decisionNumber;
	}

	public Long getId() {
		return id;
	}

	public Long getOfficialId() {
		return officialId;
	}

	public DisciplineForm getForm() {
		return form;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public String getDecisionNumber() {
		return decisionNumber;
	}

	public String getReason() {
		return reason;
	}

	public LocalDate getAnnulledOn() {
		return annulledOn;
	}

	public String getAnnulReason() {
		return annulReason;
	}

	public long getVersion() {
		return version;
	}

}
