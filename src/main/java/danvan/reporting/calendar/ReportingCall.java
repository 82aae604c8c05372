package danvan.reporting.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.AppClock;
import danvan.platform.audit.AuditTrail;

/**
 * One line of the board's reporting calendar: which units owe which kind of report, for which period, by when,
 * and how many days before the deadline they are reminded. The units' reports answer it.
 */
@Entity
@Table(name = "reporting_call")
@AuditTrail("ReportingCall")
public class ReportingCall {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String kindCode;

	private Long boardUnitId;

	private LocalDate periodFrom;

	private LocalDate periodTo;

	private String periodLabel;

	private LocalDate deadline;

	private int remindDaysBefore;

	private String note;

	private String createdBy;

	private Instant createdAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "call", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@OrderBy("id")
	private List<ReportingCallUnit> units = new ArrayList<>();

	protected ReportingCall() {
	}

	ReportingCall(String kindCode, Long boardUnitId, LocalDate from, LocalDate to, String periodLabel,
			LocalDate deadline, int remindDaysBefore, String note, List<Long> unitIds, String actor, Instant now) {
		this.kindCode = kindCode;
		this.boardUnitId = boardUnitId;
		this.periodFrom = from;
		this.periodTo = to;
		this.periodLabel = periodLabel;
		this.deadline = deadline;
		this.remindDaysBefore = remindDaysBefore;
		this.note = note;
		this.createdBy = actor;
		this.createdAt = now;
		unitIds.forEach(u -> units.add(new ReportingCallUnit(this, u)));
	}

	/** The first moment a report is late: the day after the deadline begins, Vietnam time. */
	public Instant lateFrom() {
		return deadline.plusDays(1).atStartOfDay(AppClock.VIETNAM).toInstant();
	}

	/** Late: first sent after the deadline, or not sent yet and the deadline has passed. */
	public boolean isLate(Optional<Instant> firstSubmitted, Instant now) {
		return firstSubmitted.map(at -> !at.isBefore(lateFrom())).orElse(!now.isBefore(lateFrom()));
	}

	Optional<ReportingCallUnit> unit(Long unitId) {
		return units.stream().filter(u -> u.getUnitId().equals(unitId)).findFirst();
	}

	public Long getId() {
		return id;
	}

	public String getKindCode() {
		return kindCode;
	}

	public Long getBoardUnitId() {
		return boardUnitId;
	}

	public LocalDate getPeriodFrom() {
		return periodFrom;
	}

	public LocalDate getPeriodTo() {
		return periodTo;
	}

	public String getPeriodLabel() {
		return periodLabel;
	}

	public LocalDate getDeadline() {
		return deadline;
	}

	public int getRemindDaysBefore() {
		return remindDaysBefore;
	}

	public String getNote() {
		return note;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public long getVersion() {
		return version;
	}

	public List<ReportingCallUnit> getUnits() {
		return List.copyOf(units);
	}

}
