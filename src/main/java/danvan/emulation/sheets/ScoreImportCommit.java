package danvan.emulation.sheets;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import danvan.emulation.Points;
import danvan.emulation.assessment.Assessment;
import danvan.emulation.assessment.AssessmentRepository;
import danvan.emulation.assessment.AssessmentStatus;
import danvan.emulation.assessment.ReviewService;
import danvan.emulation.movement.Movement;
import danvan.emulation.movement.ReviewStep;
import danvan.emulation.scale.ScaleItem;
import danvan.emulation.scale.ScoringScale;
import danvan.platform.audit.AuditAction;
import danvan.platform.audit.AuditTrail;
import danvan.platform.audit.AuditWriter;
import danvan.platform.security.Actor;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/**
 * Saves a previewed consolidated sheet inside the caller's transaction: as the units' self-assessments, or as
 * the review step's adjustments. Every row is checked against the same rules as a one-by-one save — and against
 * the assessment version the importer saw — before anything is written; then the scores go in JDBC batches
 * ({@link ScoreRows}) and each assessment gets one audit entry listing its changed points, before → after.
 */
@Component
public class ScoreImportCommit {

	private static final String ENTITY = Assessment.class.getAnnotation(AuditTrail.class).value();

	private final AssessmentRepository assessments;

	private final ReviewService reviews;

	private final ScoreRows rows;

	private final AuditWriter audit;

	private final Clock clock;

	ScoreImportCommit(AssessmentRepository assessments, ReviewService reviews, ScoreRows rows, AuditWriter audit,
			Clock clock) {
		this.assessments = assessments;
		this.reviews = reviews;
		this.rows = rows;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Each row becomes the unit's claimed points, which are also its official points until review; a unit's
	 * draft is started where it has none, and a submitted assessment refuses the whole sheet.
	 */
	void asSelfAssessments(Movement movement, ScoringScale scale, ScoreImport preview, String source) {
		Instant now = clock.instant();
		Map<Long, Assessment> existing = byUnit(movement);
		Map<Long, ScaleItem> items = itemsOf(scale);
		Map<Long, Long> touched = new LinkedHashMap<>();
		List<Long> newUnits = new ArrayList<>();
		for (ScoreImport.Line line : preview.rows()) {
			Assessment assessment = existing.get(line.unitId());
			if (assessment == null) {
				newUnits.add(line.unitId());
			}
			else {
				if (!assessment.getStatus().isEditableByUnit()) {
					throw new RuleViolationException("emulation.import.alreadySubmitted", line.unitName());
				}
				StaleRecordException.check(preview.versionSeen(line.unitId()), assessment.getVersion());
				touched.put(assessment.getId(), assessment.getVersion());
			}
			line.points().forEach((itemId, points) -> Assessment.requireWithin(items.get(itemId), points));
		}
		Map<Long, Map<Long, ScoreRows.Stored>> stored = rows.storedOf(movement.getId());
		rows.touch(touched, now);
		Map<Long, Long> created = rows.createDrafts(movement.getId(), newUnits, now);
		List<ScoreRows.Write> writes = new ArrayList<>();
		List<AuditWriter.Entry> entries = new ArrayList<>();
		for (ScoreImport.Line line : preview.rows()) {
			Assessment assessment = existing.get(line.unitId());
			Long id = assessment == null ? created.get(line.unitId()) : assessment.getId();
			Map<Long, ScoreRows.Stored> scores = stored.getOrDefault(id, Map.of());
			Trail trail = assessment == null ? Trail.created(movement, line.unitId(), now) : Trail.updated(assessment, now);
			trail.change("source", null, source);
			line.points().forEach((itemId, points) -> {
				BigDecimal claimed = Points.of(points);
				ScoreRows.Stored score = scores.get(itemId);
				BigDecimal self = score == null ? null : score.selfPoints();
				BigDecimal official = score == null ? null : score.points();
				if (score == null || !same(self, claimed) || !same(official, claimed)) {
					writes.add(new ScoreRows.Write(score == null ? null : score.id(), id, itemId, claimed, claimed));
				}
				String code = items.get(itemId).getCode();
				if (score == null || !same(self, claimed)) {
					trail.change("selfPoints[" + code + "]", self, claimed);
				}
				if (score != null && !same(official, claimed) && !same(official, self)) {
					trail.change("points[" + code + "]", official, claimed);
				}
			});
			entries.add(trail.entry(id));
		}
		rows.write(writes);
		audit.writeAll(entries);
	}

	/**
	 * Each point that differs from the official one becomes an adjustment by the step holding the assessment,
	 * with the import as its reason, kept in the score history; an assessment not at a step the actor reviews
	 * refuses the whole sheet.
	 */
	public void asAdjustments(Actor actor, Movement movement, ScoringScale scale, ScoreImport preview, String reason) {
		Instant now = clock.instant();
		Map<Long, Assessment> existing = byUnit(movement);
		Map<Long, ScaleItem> items = itemsOf(scale);
		Map<Long, Map<Long, ScoreRows.Stored>> stored = rows.storedOf(movement.getId());
		Map<Long, Long> touched = new LinkedHashMap<>();
		List<ScoreRows.Write> writes = new ArrayList<>();
		List<ScoreRows.Change> changes = new ArrayList<>();
		List<AuditWriter.Entry> entries = new ArrayList<>();
		for (ScoreImport.Line line : preview.rows()) {
			Assessment assessment = existing.get(line.unitId());
			if (assessment == null || !reviews.canReview(actor, movement, assessment)) {
				throw new RuleViolationException("emulation.import.notInReview", line.unitName());
			}
			StaleRecordException.check(preview.versionSeen(line.unitId()), assessment.getVersion());
			Map<Long, ScoreRows.Stored> scores = stored.getOrDefault(assessment.getId(), Map.of());
			Trail trail = Trail.updated(assessment, now);
			ReviewStep step = null;
			for (Map.Entry<Long, BigDecimal> e : line.points().entrySet()) {
				ScoreRows.Stored score = scores.get(e.getKey());
				BigDecimal before = score == null ? null : score.points();
				if (Points.orZero(before).compareTo(e.getValue()) == 0) {
					continue;
				}
				if (step == null) {
					step = reviews.requireReviewer(actor, movement, assessment, assessment.getCurrentStep());
				}
				ScaleItem item = items.get(e.getKey());
				assessment.requireAdjustable(step, item, e.getValue(), reason);
				BigDecimal after = Points.of(e.getValue());
				writes.add(new ScoreRows.Write(score == null ? null : score.id(), assessment.getId(), item.getId(),
						score == null ? null : score.selfPoints(), after));
				changes.add(new ScoreRows.Change(assessment.getId(), item.getId(), step.getSortOrder(), step.getName(),
						before, after, reason, actor.username(), now));
				trail.change("points[" + item.getCode() + "]", before, after);
			}
			if (step != null) {
				trail.change("source", null, reason);
				trail.change("reviewStep", null, step.getName());
				touched.put(assessment.getId(), assessment.getVersion());
				entries.add(trail.entry(assessment.getId()));
			}
		}
		rows.touch(touched, now);
		rows.write(writes);
		rows.record(changes);
		audit.writeAll(entries);
	}

	private Map<Long, Assessment> byUnit(Movement movement) {
		Map<Long, Assessment> byUnit = new HashMap<>();
		assessments.findByMovementId(movement.getId()).forEach(a -> byUnit.put(a.getUnitId(), a));
		return byUnit;
	}

	private static Map<Long, ScaleItem> itemsOf(ScoringScale scale) {
		Map<Long, ScaleItem> items = new HashMap<>();
		scale.scoredItems().forEach(i -> items.put(i.getId(), i));
		return items;
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	/** One assessment's audit entry: the fields the import set, before → after (no "before" for a new draft). */
	private static final class Trail {

		private final Map<String, Object> before;

		private final Map<String, Object> after = new LinkedHashMap<>();

		private Trail(Map<String, Object> before) {
			this.before = before;
		}

		static Trail created(Movement movement, Long unitId, Instant now) {
			Trail trail = new Trail(null);
			trail.after.put("movementId", movement.getId());
			trail.after.put("unitId", unitId);
			trail.after.put("status", AssessmentStatus.DRAFT);
			trail.after.put("createdAt", now);
			trail.after.put("lastChangedAt", now);
			return trail;
		}

		static Trail updated(Assessment assessment, Instant now) {
			Trail trail = new Trail(new LinkedHashMap<>());
			trail.change("lastChangedAt", assessment.getLastChangedAt(), now);
			return trail;
		}

		void change(String field, Object from, Object to) {
			if (before != null) {
				before.put(field, from);
			}
			after.put(field, to);
		}

		AuditWriter.Entry entry(Long assessmentId) {
			return new AuditWriter.Entry(ENTITY, assessmentId, before == null ? AuditAction.CREATE : AuditAction.UPDATE,
					before, after);
		}

	}

}
