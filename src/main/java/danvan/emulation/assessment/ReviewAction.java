package danvan.emulation.assessment;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import danvan.platform.audit.AuditTrail;

/** One move of an assessment along the chain: submitted, approved, returned. Never changed. */
@Entity
@Immutable
@Table(name = "emulation_review_action")
@AuditTrail("ReviewAction")
public class ReviewAction {

	public enum Kind {
		SUBMIT, APPROVE, RETURN_TO_UNIT, RETURN_TO_STEP
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Assessment assessment;

	private int stepNo;

	@Enumerated(EnumType.STRING)
	private Kind action;

	private String comment;

	private String actedBy;

	private Instant actedAt;

	protected ReviewAction() {
	}

	ReviewAction(Assessment assessment, int stepNo, Kind action, String comment, String actedBy, Instant actedAt) {
		this.assessment = assessment;
		this.stepNo = stepNo;
		this.action = action;
		this.comment = comment;
		this.actedBy = actedBy;
		this.actedAt = actedAt;
	}

	public int getStepNo() {
		return stepNo;
	}

	public Kind getAction() {
		return action;
	}

	public String getComment() {
		return comment;
	}

	public String getActedBy() {
		return actedBy;
	}

	public Instant getActedAt() {
		return actedAt;
	}

}
