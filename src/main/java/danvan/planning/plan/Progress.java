package danvan.planning.plan;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.audit.AuditTrail;

/** A unit's achieved value of a target, cumulative to the end of a period, with a note and evidence. */
@Entity
@Table(name = "planning_progress")
@AuditTrail("Progress")
public class Progress {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long itemId;

	private Long unitId;

	private Long periodId;

	private BigDecimal achieved;

	private String note;

	private Long evidenceFileId;

	private Instant reportedAt;

	private String reportedBy;

	@Version
	private long version;

	protected Progress() {
	}

	Progress(Long itemId, Long unitId, Long periodId) {
		this.itemId = itemId;
		this.unitId = unitId;
		this.periodId = periodId;
	}

	void record(BigDecimal achieved, String note, Instant at, String by) {
		this.achieved = achieved;
		this.note = note;
		this.reportedAt = at;
		this.reportedBy = by;
	}

	void attachEvidence(Long fileId) {
		this.evidenceFileId = fileId;
	}

	public Long getId() {
		return id;
	}

	public Long getItemId() {
		return itemId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public Long getPeriodId() {
		return periodId;
	}

	public BigDecimal getAchieved() {
		return achieved;
	}

	public String getNote() {
		return note;
	}

	public Long getEvidenceFileId() {
		return evidenceFileId;
	}

	public Instant getReportedAt() {
		return reportedAt;
	}

	public String getReportedBy() {
		return reportedBy;
	}

	public long getVersion() {
		return version;
	}

}
