package danvan.emulation.results;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.emulation.EmulationAccess;
import danvan.emulation.NominationsRequested;
import danvan.emulation.ResultsPublished;
import danvan.emulation.assessment.Assessment;
import danvan.emulation.assessment.AssessmentRepository;
import danvan.emulation.movement.Movement;
import danvan.emulation.movement.MovementService;
import danvan.emulation.movement.MovementStatus;
import danvan.emulation.movement.Participant;
import danvan.emulation.scale.ScaleItem;
import danvan.emulation.scale.ScaleService;
import danvan.emulation.scale.ScoringScale;
import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;

/**
 * Results: the current standings computed from the official scores, publication as an immutable revision,
 * corrections as later revisions, and what changed between two revisions.
 */
@Service
@Transactional
public class ResultService {

	/** The standings of a movement: published (frozen) or provisional (current). */
	public record Results(Movement movement, List<Standings.Row> rows, boolean provisional, ResultRevision revision) {

		Results onlyUnits(Predicate<Long> unit) {
			return new Results(movement, rows.stream().filter(r -> unit.test(r.unitId())).toList(), provisional, revision);
		}

		/** The clusters the rows belong to, in the order the board set the movement's clusters up. */
		public List<String> clusters() {
			Set<String> present = new HashSet<>();
			rows.forEach(r -> present.add(r.cluster()));
			return movement.getParticipants()
				.stream()
				.map(Participant::getClusterName)
				.filter(present::contains)
				.distinct()
				.toList();
		}

	}

	/** A movement's latest published revision. */
	public record Publication(Movement movement, ResultRevision revision) {
	}

	/** A unit whose total or rank differs between two revisions. */
	public record Difference(Long unitId, String unitName, BigDecimal totalBefore, BigDecimal totalAfter,
			int rankBefore, int rankAfter) {
	}

	private final MovementService movements;

	private final ScaleService scales;

	private final AssessmentRepository assessments;

	private final ResultRevisionRepository revisions;

	private final EmulationAccess access;

	private final OrgDirectory org;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Published revisions never change: their rows, kept once read, keyed by movement and revision number. */
	private final Cache<String, Results> publishedCache = Caffeine.newBuilder().maximumSize(200).build();

	/** What changed between two published revisions, which never change either. */
	private final Cache<String, List<Difference>> changesCache = Caffeine.newBuilder().maximumSize(200).build();

	ResultService(MovementService movements, ScaleService scales, AssessmentRepository assessments,
			ResultRevisionRepository revisions, EmulationAccess access, OrgDirectory org,
			ApplicationEventPublisher events, Clock clock) {
		this.movements = movements;
		this.scales = scales;
		this.assessments = assessments;
		this.revisions = revisions;
		this.access = access;
		this.org = org;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What the actor may see of the results: the published ones in full (they are public), else the current
	 * standings marked provisional, of every unit for the board and its reviewers, of its own units only for
	 * a unit officer.
	 */
	@Transactional(readOnly = true)
	public Results results(Actor actor, Long movementId) {
		Results shown = results(movementId);
		if (!shown.provisional() || canOversee(actor, shown.movement())) {
			return shown;
		}
		return shown.onlyUnits(unitId -> access.canActFor(actor, unitId));
	}

	/** The published results when there are any, else the current standings marked provisional. */
	public Results results(Long movementId) {
		Optional<ResultRevision> latest = revisions.findFirstByMovementIdOrderByRevisionNoDesc(movementId);
		if (latest.isPresent()) {
			return new Results(movements.get(movementId), latest.get().rows(), false, latest.get());
		}
		return current(movementId);
	}

	/**
	 * The published revision, for the public page; none before publication. A revision never changes, so its
	 * rows are kept in memory once read, keyed by movement and revision number.
	 */
	@Transactional(readOnly = true)
	public Optional<Results> published(Long movementId) {
		Optional<Integer> latest = revisions.latestRevisionNo(movementId);
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(publishedCache.get(movementId + "/" + latest.get(),
				key -> revisions.findByMovementIdAndRevisionNo(movementId, latest.get())
					.map(r -> new Results(movements.get(movementId), r.rows(), false, r))
					.orElseThrow(NotFoundException::record)));
	}

	/** Movements with published results and their latest revision, for the public list; newest first. */
	@Transactional(readOnly = true)
	public List<Publication> publications() {
		return revisions.latestOfEachMovement()
			.stream()
			.map(r -> new Publication(movements.get(r.getMovementId()), r))
			.toList();
	}

	/** The standings as they are now, computed from the official scores. */
	@Transactional(readOnly = true)
	public Results current(Long movementId) {
		Movement movement = movements.get(movementId);
		ScoringScale scale = scales.get(movement.getScaleId());
		Map<Long, List<Standings.ItemPoints>> points = new HashMap<>();
		for (Object[] row : assessments.pointsOf(movementId)) {
			points.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
				.add(new Standings.ItemPoints((Long) row[1], (BigDecimal) row[2]));
		}
		Map<Long, Instant> submitted = new HashMap<>();
		for (Object[] row : assessments.submissionsOf(movementId)) {
			submitted.put((Long) row[0], (Instant) row[1]);
		}
		Standings.Tally tally = new Standings.Tally(scale);
		List<Standings.Entry> entries = new ArrayList<>();
		for (Participant p : movement.getParticipants()) {
			entries.add(tally.entry(p.getUnitId(), org.nameOf(p.getUnitId()).orElse("#" + p.getUnitId()),
					p.getClusterName(), points.getOrDefault(p.getUnitId(), List.of()), submitted.get(p.getUnitId())));
		}
		return new Results(movement, Standings.rank(entries, scale.getBonusCap(), movement.getTieBreak(), scale::classify),
				true, null);
	}

	/**
	 * Publishes the current standings: the first time once every participant's assessment is approved (the
	 * movement becomes PUBLISHED), later as a correction with a mandatory note.
	 */
	public ResultRevision publish(Actor actor, Long movementId, String note) {
		Movement movement = movements.managed(actor, movementId);
		Optional<ResultRevision> latest = revisions.findFirstByMovementIdOrderByRevisionNoDesc(movementId);
		String cleanNote = note == null || note.isBlank() ? null : note.trim();
		if (cleanNote != null && (cleanNote.length() > 1000 || cleanNote.matches("(?s).*[<>].*"))) {
			throw RuleViolationException.onField("note", "emulation.review.commentInvalid");
		}
		if (latest.isEmpty()) {
			if (movement.getStatus() != MovementStatus.REVIEW) {
				throw new RuleViolationException("emulation.result.notInReview");
			}
			long approved = assessments.approvedIn(movementId);
			int expected = movement.getParticipants().size();
			if (approved < expected) {
				throw new RuleViolationException("emulation.result.notAllApproved", expected - approved, expected);
			}
			movement.moveTo(MovementStatus.PUBLISHED, clock.instant(), actor.username());
		}
		else {
			if (movement.getStatus() != MovementStatus.PUBLISHED) {
				throw new RuleViolationException("emulation.result.closed");
			}
			if (cleanNote == null) {
				throw RuleViolationException.onField("note", "emulation.result.noteRequired");
			}
		}
		int next = latest.map(r -> r.getRevisionNo() + 1).orElse(1);
		ResultRevision revision = revisions.save(new ResultRevision(movementId, next, clock.instant(), actor.username(),
				cleanNote, current(movementId).rows()));
		events.publishEvent(new ResultsPublished(movementId, next, actor.username()));
		return revision;
	}

	/** The board corrects an approved score after publication; the next revision shows it. */
	public void correct(Actor actor, Long movementId, Long unitId, Long itemId, BigDecimal points, String reason) {
		Movement movement = movements.managed(actor, movementId);
		if (movement.getStatus() != MovementStatus.PUBLISHED) {
			throw new RuleViolationException("emulation.result.correctOnlyPublished");
		}
		if (reason != null && reason.length() > 1000) {
			throw RuleViolationException.onField("reason", "emulation.review.reasonTooLong");
		}
		if (points == null) {
			throw RuleViolationException.onField("points", "emulation.score.notANumber");
		}
		ScaleItem item = scales.get(movement.getScaleId())
			.scoredItems()
			.stream()
			.filter(i -> i.getId().equals(itemId))
			.findFirst()
			.orElseThrow(() -> RuleViolationException.onField("itemId", "emulation.item.unknown"));
		Assessment assessment = assessments.findByMovementIdAndUnitId(movementId, unitId)
			.orElseThrow(NotFoundException::record);
		assessment.correct(item, points, reason, actor.username(), clock.instant());
	}

	@Transactional(readOnly = true)
	public List<ResultRevision> revisions(Long movementId) {
		return revisions.findByMovementIdOrderByRevisionNoDesc(movementId);
	}

	/** The units whose total or rank moved from the previous revision to {@code revisionNo}. */
	@Transactional(readOnly = true)
	public List<Difference> changes(Long movementId, int revisionNo) {
		if (revisionNo <= 1) {
			return List.of();
		}
		return changesCache.get(movementId + "/" + revisionNo, k -> compare(movementId, revisionNo));
	}

	private List<Difference> compare(Long movementId, int revisionNo) {
		ResultRevision after = revisions.findByMovementIdAndRevisionNo(movementId, revisionNo).orElseThrow(NotFoundException::record);
		ResultRevision before = revisions.findByMovementIdAndRevisionNo(movementId, revisionNo - 1).orElseThrow(NotFoundException::record);
		Map<Long, Standings.Row> old = new HashMap<>();
		before.rows().forEach(r -> old.put(r.unitId(), r));
		List<Difference> differences = new ArrayList<>();
		for (Standings.Row now : after.rows()) {
			Standings.Row was = old.get(now.unitId());
			if (was == null || was.total().compareTo(now.total()) != 0 || was.rank() != now.rank()) {
				differences.add(new Difference(now.unitId(), now.unitName(), was == null ? null : was.total(), now.total(),
						was == null ? 0 : was.rank(), now.rank()));
			}
		}
		return differences;
	}

	/**
	 * Starts nominations from the published results: the units classified at the top threshold, or the top
	 * {@code n} of each cluster. Answers the nominees; the commendation module receives them as an event.
	 */
	public List<NominationsRequested.Nominee> requestNominations(Actor actor, Long movementId, String rule, int n) {
		Movement movement = movements.managed(actor, movementId);
		ResultRevision revision = revisions.findFirstByMovementIdOrderByRevisionNoDesc(movementId)
			.orElseThrow(() -> new RuleViolationException("emulation.nomination.notPublished"));
		ScoringScale scale = scales.get(movement.getScaleId());
		String top = scale.getThresholds().isEmpty() ? null : scale.getThresholds().get(0).getLabel();
		List<Standings.Row> chosen = switch (rule == null ? "" : rule) {
			case "EXCELLENT" -> revision.rows().stream().filter(r -> top != null && top.equals(r.classification())).toList();
			case "TOP_PER_CLUSTER" -> {
				if (n < 1 || n > 100) {
					throw RuleViolationException.onField("n", "emulation.nomination.topInvalid");
				}
				yield revision.rows().stream().filter(r -> r.clusterRank() <= n).toList();
			}
			default -> throw RuleViolationException.onField("rule", "emulation.nomination.ruleInvalid");
		};
		List<NominationsRequested.Nominee> nominees = chosen.stream()
			.map(r -> new NominationsRequested.Nominee(r.unitId(), r.unitName(), r.cluster(), r.total(), r.rank(),
					r.clusterRank(), r.classification()))
			.toList();
		events.publishEvent(new NominationsRequested(movementId, movement.getName(),
				movement.getOrganiserUnitId(), revision.getRevisionNo(), rule, nominees, actor.username()));
		return nominees;
	}

	/** The board and its reviewers follow every unit of a movement; a unit officer only its own. */
	public boolean canOversee(Actor actor, Movement movement) {
		return access.holdsReviewerRoleOver(actor, movement.getOrganiserUnitId());
	}

	public boolean canPublish(Actor actor, Movement movement) {
		return access.canManage(actor, movement.getOrganiserUnitId());
	}

}
