package danvan.emulation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import danvan.platform.audit.AuditTrail;
import danvan.platform.web.RuleViolationException;

/**
 * A unit's assessment in a movement: its claimed points per item with explanations and evidence, then the
 * review chain's official points. The unit edits it only as a draft or after a return; {@code currentStep}
 * is the chain step holding it while in review.
 */
@Entity
@Table(name = "emulation_assessment")
@AuditTrail("Assessment")
public class Assessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long movementId;

	private Long unitId;

	@Enumerated(EnumType.STRING)
	private AssessmentStatus status = AssessmentStatus.DRAFT;

	private int currentStep;

	private Instant submittedAt;

	private boolean late;

	private Instant createdAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL)
	@BatchSize(size = 200)
	@OrderBy("id")
	private List<Score> scores = new ArrayList<>();

	@OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL)
	@BatchSize(size = 200)
	@OrderBy("uploadedAt, id")
	private List<Evidence> evidence = new ArrayList<>();

	protected Assessment() {
	}

	Assessment(Long movementId, Long unitId, Instant createdAt) {
		this.movementId = movementId;
		this.unitId = unitId;
		this.createdAt = createdAt;
	}

	/** The unit's own points on an item, between zero and the item's max. */
	void claim(ScaleItem item, BigDecimal points, String explanation) {
		requireUnitEditable();
		if (points != null) {
			requireWithin(item, points);
		}
		Score score = scoreFor(item.getId()).orElseGet(() -> {
			Score created = new Score(this, item.getId());
			scores.add(created);
			return created;
		});
		score.claim(points, explanation == null || explanation.isBlank() ? null : explanation.trim());
	}

	Evidence attach(ScaleItem item, Long fileId, String fileName, Instant now, String actor) {
		requireUnitEditable();
		Evidence added = new Evidence(this, item.getId(), fileId, fileName, now, actor);
		evidence.add(added);
		return added;
	}

	/**
	 * Hands the assessment to the first review step. Refused when an item needing evidence has points
	 * without a file; marked late after the deadline.
	 */
	void submit(ScoringScale scale, Instant now, boolean afterDeadline) {
		requireUnitEditable();
		for (ScaleItem item : scale.scoredItems()) {
			BigDecimal points = scoreFor(item.getId()).map(Score::getPoints).orElse(null);
			if (item.isEvidenceRequired() && points != null && points.signum() > 0 && evidenceFor(item.getId()).isEmpty()) {
				throw RuleViolationException.onField("scores[" + item.getId() + "]", "emulation.assessment.evidenceMissing",
						item.getCode());
			}
		}
		status = AssessmentStatus.IN_REVIEW;
		currentStep = 1;
		if (submittedAt == null) {
			submittedAt = now;
			late = afterDeadline;
		}
	}

	static void requireWithin(ScaleItem item, BigDecimal points) {
		if (points.signum() < 0 || points.compareTo(item.getMaxPoints()) > 0) {
			throw RuleViolationException.onField("scores[" + item.getId() + "]", "emulation.score.outOfRange",
					item.getCode(), item.getMaxPoints().stripTrailingZeros().toPlainString());
		}
	}

	private void requireUnitEditable() {
		if (!status.isEditableByUnit()) {
			throw new RuleViolationException("emulation.assessment.readOnly");
		}
	}

	/** Loads the scores and evidence, for use after the transaction. */
	Assessment loaded() {
		scores.size();
		evidence.size();
		return this;
	}

	public Optional<Score> scoreFor(Long itemId) {
		return scores.stream().filter(s -> s.getItemId().equals(itemId)).findFirst();
	}

	public List<Evidence> evidenceFor(Long itemId) {
		return evidence.stream().filter(e -> e.getItemId().equals(itemId)).toList();
	}

	/** The current points on an item: the latest official score, or zero. */
	public BigDecimal pointsOn(Long itemId) {
		return scoreFor(itemId).map(Score::getPoints).map(Points::orZero).orElse(Points.ZERO);
	}

	public Long getId() {
		return id;
	}

	public Long getMovementId() {
		return movementId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public AssessmentStatus getStatus() {
		return status;
	}

	public int getCurrentStep() {
		return currentStep;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public boolean isLate() {
		return late;
	}

	public long getVersion() {
		return version;
	}

	public List<Score> getScores() {
		return List.copyOf(scores);
	}

	public List<Evidence> getEvidence() {
		return List.copyOf(evidence);
	}

}
