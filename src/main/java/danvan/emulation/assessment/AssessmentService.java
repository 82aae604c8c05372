package danvan.emulation.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import danvan.emulation.AssessmentForwarded;
import danvan.emulation.EmulationAccess;
import danvan.emulation.movement.Movement;
import danvan.emulation.movement.MovementService;
import danvan.emulation.movement.MovementStatus;
import danvan.emulation.scale.ScaleItem;
import danvan.emulation.scale.ScaleService;
import danvan.emulation.scale.ScoringScale;
import danvan.platform.files.FileStore;
import danvan.platform.files.StoredFile;
import danvan.platform.security.Actor;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/** Self-assessment: a unit officer enters points, explanations and evidence, then submits. */
@Service
@Transactional
public class AssessmentService {

	private final AssessmentRepository assessments;

	private final MovementService movements;

	private final ScaleService scales;

	private final EmulationAccess access;

	private final FileStore files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AssessmentService(AssessmentRepository assessments, MovementService movements, ScaleService scales,
			EmulationAccess access, FileStore files, ApplicationEventPublisher events, Clock clock) {
		this.assessments = assessments;
		this.movements = movements;
		this.scales = scales;
		this.access = access;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/** The assessments of a movement the actor may read. */
	@Transactional(readOnly = true)
	public List<Assessment> forMovement(Actor actor, Long movementId) {
		return assessments.findByMovementId(movementId)
			.stream()
			.filter(a -> canRead(actor, a.getUnitId()))
			.map(Assessment::loaded)
			.toList();
	}

	/** The unit's assessment; a unit officer opening it the first time starts a draft. */
	public Assessment open(Actor actor, Long movementId, Long unitId) {
		Movement movement = movements.get(movementId);
		if (movement.participant(unitId).isEmpty()) {
			throw NotFoundException.record();
		}
		if (!canRead(actor, unitId)) {
			throw new AccessDeniedException("emulation: assessment outside scope");
		}
		return assessments.findByMovementIdAndUnitId(movementId, unitId).map(Assessment::loaded).orElseGet(() -> {
			if (!access.canActFor(actor, unitId) || movement.getStatus().ordinal() < MovementStatus.SELF_ASSESSMENT.ordinal()) {
				return null;
			}
			return assessments.save(new Assessment(movementId, unitId, clock.instant()));
		});
	}

	public Assessment saveSelf(Actor actor, Long movementId, Long unitId, long version,
			Map<Long, BigDecimal> points, Map<Long, String> explanations) {
		Assessment assessment = editable(actor, movementId, unitId, version);
		ScoringScale scale = scales.get(movements.get(movementId).getScaleId());
		for (ScaleItem item : scale.scoredItems()) {
			String text = explanations.get(item.getId());
			if (text != null && (text.length() > 2000 || text.matches("(?s).*[<>].*"))) {
				throw RuleViolationException.onField("explanations[" + item.getId() + "]", "emulation.explanation.invalid");
			}
			if (points.containsKey(item.getId()) || explanations.containsKey(item.getId())) {
				assessment.claim(item, points.get(item.getId()), text);
			}
		}
		return assessment;
	}

	public Evidence attachEvidence(Actor actor, Long movementId, Long unitId, Long itemId, MultipartFile upload) {
		Assessment assessment = editable(actor, movementId, unitId, null);
		ScaleItem item = scoredItem(movementId, itemId);
		StoredFile file = files.store(upload, MovementService.DOCUMENTS);
		return assessment.attach(item, file.getId(), file.getOriginalName(), clock.instant(), actor.username());
	}

	public Assessment submit(Actor actor, Long movementId, Long unitId, long version) {
		return submitAt(actor, movementId, unitId, version, clock.instant());
	}

	public Assessment submitAt(Actor actor, Long movementId, Long unitId, long version, Instant when) {
		Assessment assessment = editable(actor, movementId, unitId, version);
		Movement movement = movements.get(movementId);
		if (movement.getStatus() != MovementStatus.SELF_ASSESSMENT && assessment.getStatus() == AssessmentStatus.DRAFT) {
			throw new RuleViolationException("emulation.assessment.deadlinePassed");
		}
		LocalDate day = LocalDate.ofInstant(when, clock.getZone());
		assessment.submit(scales.get(movement.getScaleId()), when, movement.isPastSelfAssessmentDeadline(day),
				actor.username());
		events.publishEvent(new AssessmentForwarded(movementId, unitId, assessment.getId(), 1, actor.username()));
		return assessment;
	}

	/** The evidence file's record, once the actor is allowed to read the assessment it belongs to. */
	@Transactional(readOnly = true)
	public StoredFile evidenceFile(Actor actor, Long movementId, Long unitId, Long evidenceId) {
		Assessment assessment = assessments.findByMovementIdAndUnitId(movementId, unitId).orElseThrow(NotFoundException::record);
		if (!canRead(actor, unitId)) {
			throw new AccessDeniedException("emulation: evidence outside scope");
		}
		Evidence evidence = assessment.getEvidence()
			.stream()
			.filter(e -> e.getId().equals(evidenceId))
			.findFirst()
			.orElseThrow(NotFoundException::record);
		return files.describe(evidence.getFileId());
	}

	public boolean canRead(Actor actor, Long unitId) {
		return access.canActFor(actor, unitId) || access.canManage(actor, unitId) || access.canReviewScope(actor, unitId);
	}

	private Assessment editable(Actor actor, Long movementId, Long unitId, Long version) {
		access.requireActFor(actor, unitId);
		Assessment assessment = open(actor, movementId, unitId);
		if (assessment == null) {
			throw new RuleViolationException("emulation.assessment.notOpen");
		}
		if (version != null) {
			StaleRecordException.check(version, assessment.getVersion());
		}
		return assessment;
	}

	private ScaleItem scoredItem(Long movementId, Long itemId) {
		ScoringScale scale = scales.get(movements.get(movementId).getScaleId());
		return scale.scoredItems()
			.stream()
			.filter(i -> i.getId().equals(itemId))
			.findFirst()
			.orElseThrow(() -> RuleViolationException.onField("itemId", "emulation.item.unknown"));
	}

}
