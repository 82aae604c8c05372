package danvan.oversight.directive;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.audit.AuditTrail;

/** A unit that must disseminate a directive, and its dissemination report once made. */
@Entity
@Table(name = "oversight_directive_unit")
@AuditTrail("OversightDirectiveUnit")
public class DirectiveUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long directiveId;

	private Long unitId;

	private LocalDate disseminatedOn;

	private Integer sessions;

	private Integer officials;

	private Integer partyMembers;

	private Integer people;

	private String note;

	private String reportedBy;

	private LocalDate remindedBeforeOn;

	private LocalDate remindedDueOn;

	@Version
	private long version;

	protected DirectiveUnit() {
	}

	DirectiveUnit(Long directiveId, Long unitId) {
		this.directiveId = directiveId;
		this.unitId = unitId;
	}

	void report(DisseminationReport r, String by) {
		this.disseminatedOn = r.disseminatedOn();
		this.sessions = r.sessions();
		this.officials = r.officials();
		this.partyMembers = r.partyMembers();
		this.people = r.people();
		this.note = r.note();
		this.reportedBy = by;
	}

	void remindedBefore(LocalDate on) {
		this.remindedBeforeOn = on;
	}

	void remindedAtDue(LocalDate on) {
		this.remindedDueOn = on;
	}

	public Dissemination statusOn(LocalDate due, LocalDate today) {
		if (disseminatedOn != null) {
			return disseminatedOn.isAfter(due) ? Dissemination.LATE : Dissemination.DONE;
		}
		return today.isAfter(due) ? Dissemination.SILENT : Dissemination.PENDING;
	}

	/** Everyone reached: officials, Party members and people. */
	public int getParticipants() {
		return nz(officials) + nz(partyMembers) + nz(people);
	}

	private static int nz(Integer n) {
		return n == null ? 0 : n;
	}

	public Long getId() {
		return id;
	}

	public Long getDirectiveId() {
		return directiveId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public LocalDate getDisseminatedOn() {
		return disseminatedOn;
	}

	public Integer getSessions() {
		return sessions;
	}

	public Integer getOfficials() {
		return officials;
	}

	public Integer getPartyMembers() {
		return partyMembers;
	}

	public Integer getPeople() {
		return people;
	}

	public String getNote() {
		return note;
	}

	public String getReportedBy() {
		return reportedBy;
	}

	public LocalDate getRemindedBeforeOn() {
		return remindedBeforeOn;
	}

	public LocalDate getRemindedDueOn() {
		return remindedDueOn;
	}

	public long getVersion() {
		return version;
	}

}
