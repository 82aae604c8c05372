package danvan.emulation.assessment;

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

import danvan.emulation.Points;
import danvan.emulation.movement.ReviewStep;
import danvan.emulation.scale.ScaleItem;
import danvan.emulation.scale.ScoringScale;
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

	/** Set by every change, so that the version moves even when only a score or the history changed. */
	private Instant lastChangedAt;

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

	@OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL)
	@BatchSize(size = 200)
	@OrderBy("changedAt, id")
	private List<ScoreChange> changes = new ArrayList<>();

	@OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL)
	@BatchSize(size = 200)
	@OrderBy("actedAt, id")
	private List<ReviewAction> actions = new ArrayList<>();

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
		touch(Instant.now());
	}

	private void touch(Instant now) {
		lastChangedAt = now;
	}

	public Evidence attach(ScaleItem item, Long fileId, String fileName, Instant now, String actor) {
		requireUnitEditable();
		Evidence added = new Evidence(this, item.getId(), fileId, fileName, now, actor);
		evidence.add(added);
		touch(now);
		return added;
	}

	/**
	 * Hands the assessment to the first review step. Refused when an item needing evidence has points
	 * without a file; marked late after the deadline.
	 */
	void submit(ScoringScale scale, Instant now, boolean afterDeadline, String actor) {
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
		actions.add(new ReviewAction(this, 0, ReviewAction.Kind.SUBMIT, null, actor, now));
	}

	/** A review step sets an item's official points; the reason is mandatory and kept with the change. */
	void adjust(ReviewStep step, ScaleItem item, BigDecimal points, String reason, String actor, Instant now) {
		requireAdjustable(step, item, points, reason);
		Score score = scoreFor(item.getId()).orElseGet(() -> {
			Score created = new Score(this, item.getId());
			scores.add(created);
			return created;
		});
		changes.add(new ScoreChange(this, item.getId(), step.getSortOrder(), step.getName(), score.getPoints(),
				Points.of(points), reason.trim(), actor, now));
		score.adjust(points);
		touch(now);
	}

	/** Refuses an adjustment by a step not holding the assessment, without a reason (or one too long), or out of range. */
	public void requireAdjustable(ReviewStep step, ScaleItem item, BigDecimal points, String reason) {
		requireAt(step);
		if (reason == null || reason.isBlank()) {
			throw RuleViolationException.onField("reason", "emulation.review.reasonRequired");
		}
		if (reason.length() > 1000) {
			throw RuleViolationException.onField("reason", "emulation.review.reasonTooLong");
		}
		if (points == null) {
			throw RuleViolationException.onField("points", "emulation.score.notANumber");
		}
		requireWithin(item, points);
	}

	/**
	 * A correction after publication: the board changes an approved score, with a reason, and publishes a
	 * new revision of the results.
	 */
	public void correct(ScaleItem item, BigDecimal points, String reason, String actor, Instant now) {
		if (status != AssessmentStatus.APPROVED) {
			throw new RuleViolationException("emulation.result.correctOnlyApproved");
		}
		if (reason == null || reason.isBlank()) {
			throw RuleViolationException.onField("reason", "emulation.review.reasonRequired");
		}
		requireWithin(item, points);
		Score score = scoreFor(item.getId()).orElseGet(() -> {
			Score created = new Score(this, item.getId());
			scores.add(created);
			return created;
		});
		changes.add(new ScoreChange(this, item.getId(), 0, CORRECTION, score.getPoints(), Points.of(points),
				reason.trim(), actor, now));
		score.adjust(points);
		touch(now);
	}

	static final String CORRECTION = "Đính chính sau công bố";

	/** Passes the assessment to the next step, or approves it at the last one. */
	void approve(ReviewStep step, int chainLength, String comment, String actor, Instant now) {
		requireAt(step);
		actions.add(new ReviewAction(this, step.getSortOrder(), ReviewAction.Kind.APPROVE, comment, actor, now));
		if (step.getSortOrder() >= chainLength) {
			status = AssessmentStatus.APPROVED;
			currentStep = chainLength + 1;
		}
		else {
			currentStep = step.getSortOrder() + 1;
		}
	}

	void returnToUnit(ReviewStep step, String comment, String actor, Instant now) {
		requireAt(step);
		requireComment(comment);
		actions.add(new ReviewAction(this, step.getSortOrder(), ReviewAction.Kind.RETURN_TO_UNIT, comment.trim(), actor, now));
		status = AssessmentStatus.RETURNED;
		currentStep = 0;
	}

	void returnToPreviousStep(ReviewStep step, String comment, String actor, Instant now) {
		requireAt(step);
		requireComment(comment);
		if (step.getSortOrder() <= 1) {
			throw RuleViolationException.onField("target", "emulation.review.noPreviousStep");
		}
		actions.add(new ReviewAction(this, step.getSortOrder(), ReviewAction.Kind.RETURN_TO_STEP, comment.trim(), actor, now));
		currentStep = step.getSortOrder() - 1;
	}

	/** Refuses an action by a step that does not hold the assessment (already approved past it, or not yet). */
	private void requireAt(ReviewStep step) {
		if (status != AssessmentStatus.IN_REVIEW || currentStep != step.getSortOrder()) {
			throw new RuleViolationException("emulation.review.wrongStep", step.getName());
		}
	}

	private static void requireComment(String comment) {
		if (comment == null || comment.isBlank()) {
			throw RuleViolationException.onField("comment", "emulation.review.commentRequired");
		}
	}

	public static void requireWithin(ScaleItem item, BigDecimal points) {
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
	public Assessment loaded() {
		scores.size();
		evidence.size();
		changes.size();
		actions.size();
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

	public Instant getLastChangedAt() {
		return lastChangedAt;
	}

	public long getVersion() {
		return version;
	}

	public List<Score> getScores() {
		return List.copyOf(scores);
	}

	public List<ScoreChange> getChanges() {
		return List.copyOf(changes);
	}

	public List<ReviewAction> getActions() {
		return List.copyOf(actions);
	}

	public List<ScoreChange> changesOf(Long itemId) {
		return changes.stream().filter(c -> c.getItemId().equals(itemId)).toList();
	}

	public List<Evidence> getEvidence() {
		return List.copyOf(evidence);
	}

}
