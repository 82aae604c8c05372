package danvan.emulation.assessment;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import danvan.platform.audit.AuditTrail;

/** A review step's adjustment of one item's points, with its mandatory reason. Never changed. */
@Entity
@Immutable
@Table(name = "emulation_score_change")
@AuditTrail("ScoreChange")
public class ScoreChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Assessment assessment;

	private Long itemId;

	private int stepNo;

	private String stepName;

	private BigDecimal pointsBefore;

	private BigDecimal pointsAfter;

	private String reason;

	private String changedBy;

	private Instant changedAt;

	protected ScoreChange() {
	}

	ScoreChange(Assessment assessment, Long itemId, int stepNo, String stepName, BigDecimal pointsBefore,
			BigDecimal pointsAfter, String reason, String changedBy, Instant changedAt) {
		this.assessment = assessment;
		this.itemId = itemId;
		this.stepNo = stepNo;
		this.stepName = stepName;
		this.pointsBefore = pointsBefore;
		this.pointsAfter = pointsAfter;
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public Long getItemId() {
		return itemId;
	}

	public int getStepNo() {
		return stepNo;
	}

	public String getStepName() {
		return stepName;
	}

	public BigDecimal getPointsBefore() {
		return pointsBefore;
	}

	public BigDecimal getPointsAfter() {
		return pointsAfter;
	}

	public String getReason() {
		return reason;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

}
