package danvan.emulation.assessment;

import java.math.BigDecimal;
import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.emulation.AssessmentForwarded;
import danvan.emulation.EmulationAccess;
import danvan.emulation.movement.Movement;
import danvan.emulation.movement.MovementService;
import danvan.emulation.movement.ReviewStep;
import danvan.emulation.scale.ScaleItem;
import danvan.emulation.scale.ScaleService;
import danvan.platform.security.Actor;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/**
 * The review chain: the step holding an assessment adjusts points with a reason, returns it to the unit or
 * to the previous step, or approves it onward. Every action checks the version the reviewer saw, so two
 * reviewers never overwrite each other silently, and nobody reviews their own unit.
 */
@Service
@Transactional
public class ReviewService {

	private final AssessmentRepository assessments;

	private final MovementService movements;

	private final ScaleService scales;

	private final EmulationAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReviewService(AssessmentRepository assessments, MovementService movements, ScaleService scales,
			EmulationAccess access, ApplicationEventPublisher events, Clock clock) {
		this.assessments = assessments;
		this.movements = movements;
		this.scales = scales;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/** Whether the actor may act for the step now holding the assessment. */
	@Transactional(readOnly = true)
	public boolean canReview(Actor actor, Movement movement, Assessment assessment) {
		if (assessment == null || assessment.getStatus() != AssessmentStatus.IN_REVIEW) {
			return false;
		}
		return movement.step(assessment.getCurrentStep()).map(step -> mayActAt(actor, step, assessment)).orElse(false);
	}

	public Assessment adjust(Actor actor, Long movementId, Long unitId, long version, int stepNo, Long itemId,
			BigDecimal points, String reason) {
		Movement movement = movements.get(movementId);
		Assessment assessment = reviewable(actor, movement, unitId, version, stepNo);
		ScaleItem item = scales.get(movement.getScaleId())
			.scoredItems()
			.stream()
			.filter(i -> i.getId().equals(itemId))
			.findFirst()
			.orElseThrow(() -> RuleViolationException.onField("itemId", "emulation.item.unknown"));
		assessment.adjust(step(movement, stepNo), item, points, reason, actor.username(), clock.instant());
		return assessment;
	}

	public Assessment approve(Actor actor, Long movementId, Long unitId, long version, int stepNo, String comment) {
		Movement movement = movements.get(movementId);
		Assessment assessment = reviewable(actor, movement, unitId, version, stepNo);
		assessment.approve(step(movement, stepNo), movement.getReviewSteps().size(), clean(comment), actor.username(),
				clock.instant());
		events.publishEvent(new AssessmentForwarded(movementId, unitId, assessment.getId(), assessment.getCurrentStep(),
				actor.username()));
		return assessment;
	}

	public Assessment returnToUnit(Actor actor, Long movementId, Long unitId, long version, int stepNo, String comment) {
		Movement movement = movements.get(movementId);
		Assessment assessment = reviewable(actor, movement, unitId, version, stepNo);
		assessment.returnToUnit(step(movement, stepNo), clean(comment), actor.username(), clock.instant());
		events.publishEvent(new AssessmentForwarded(movementId, unitId, assessment.getId(), 0, actor.username()));
		return assessment;
	}

	public Assessment returnToPreviousStep(Actor actor, Long movementId, Long unitId, long version, int stepNo,
			String comment) {
		Movement movement = movements.get(movementId);
		Assessment assessment = reviewable(actor, movement, unitId, version, stepNo);
		assessment.returnToPreviousStep(step(movement, stepNo), clean(comment), actor.username(), clock.instant());
		events.publishEvent(new AssessmentForwarded(movementId, unitId, assessment.getId(), assessment.getCurrentStep(),
				actor.username()));
		return assessment;
	}

	private Assessment reviewable(Actor actor, Movement movement, Long unitId, long version, int stepNo) {
		Assessment assessment = assessments.findByMovementIdAndUnitId(movement.getId(), unitId)
			.orElseThrow(NotFoundException::record);
		requireReviewer(actor, movement, assessment, stepNo);
		StaleRecordException.check(version, assessment.getVersion());
		return assessment.loaded();
	}

	/** The step the actor reviews the assessment at; refused outside the reviewer's scope, or for their own unit. */
	public ReviewStep requireReviewer(Actor actor, Movement movement, Assessment assessment, int stepNo) {
		if (!access.holdsReviewerRoleOver(actor, assessment.getUnitId())) {
			throw new AccessDeniedException("emulation: not a reviewer of this unit");
		}
		if (access.isOwnUnit(actor, assessment.getUnitId())) {
			throw new RuleViolationException("emulation.review.ownUnit");
		}
		ReviewStep step = step(movement, stepNo);
		if (!mayActAt(actor, step, assessment)) {
			throw new AccessDeniedException("emulation: not a reviewer of this step");
		}
		return step;
	}

	private boolean mayActAt(Actor actor, ReviewStep step, Assessment assessment) {
		if (!access.canReviewScope(actor, assessment.getUnitId())) {
			return false;
		}
		return step.getReviewers().isEmpty() || step.isAssigned(actor.username());
	}

	private static ReviewStep step(Movement movement, int stepNo) {
		return movement.step(stepNo).orElseThrow(() -> new RuleViolationException("emulation.review.wrongStep", stepNo));
	}

	private static String clean(String comment) {
		if (comment != null && (comment.length() > 1000 || comment.matches("(?s).*[<>].*"))) {
			throw RuleViolationException.onField("comment", "emulation.review.commentInvalid");
		}
		return comment == null || comment.isBlank() ? null : comment.trim();
	}

}
