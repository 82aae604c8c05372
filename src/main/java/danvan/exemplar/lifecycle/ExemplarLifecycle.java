package danvan.exemplar.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.exemplar.ExemplarKind;
import danvan.exemplar.ExemplarStatus;
import danvan.exemplar.Rating;
import danvan.exemplar.RecognitionLevel;
import danvan.exemplar.catalog.ExemplarCatalog;
import danvan.exemplar.register.Exemplar;
import danvan.exemplar.register.ExemplarAccess;
import danvan.exemplar.register.ExemplarDraft;
import danvan.exemplar.register.ExemplarRepository;
import danvan.exemplar.register.ExemplarRules;
import danvan.exemplar.register.ExemplarService;
import danvan.exemplar.register.Step;
import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/**
 * The transitions, each recorded with who, when and why. No state is skipped: implementing before an evaluation,
 * an evaluation before recognition; a later evaluation of a recognised exemplar is its improvement (nâng chất).
 */
@Service
@Transactional
public class ExemplarLifecycle {

	private final ExemplarService exemplars;

	private final ExemplarRepository repository;

	private final EvaluationRepository evaluations;

	private final ExemplarAccess access;

	private final ExemplarRules rules;

	private final ExemplarCatalog catalog;

	private final OrgDirectory org;

	private final Clock clock;

	ExemplarLifecycle(ExemplarService exemplars, ExemplarRepository repository, EvaluationRepository evaluations,
			ExemplarAccess access, ExemplarRules rules, ExemplarCatalog catalog, OrgDirectory org, Clock clock) {
		this.exemplars = exemplars;
		this.repository = repository;
		this.evaluations = evaluations;
		this.access = access;
		this.rules = rules;
		this.catalog = catalog;
		this.org = org;
		this.clock = clock;
	}

	/** Registered → implementing, launched (ra mắt) with its commitment when {@code launched}. */
	public Exemplar start(Actor actor, Long id, long version, LocalDate on, boolean launched, String commitment) {
		Exemplar e = changing(actor, id, version);
		requireState(e, ExemplarStatus.REGISTERED, "start");
		LocalDate day = notBeforeRegistration(e, on, "on");
		e.start(day, launched, commitment);
		exemplars.record(actor, e, launched ? Step.Action.LAUNCH : Step.Action.START, day, commitment);
		return e;
	}

	/**
	 * Implementing → evaluated; on a recognised exemplar the evaluation is its improvement and its figures become
	 * the current ones.
	 */
	public Evaluation evaluate(Actor actor, Long id, long version, EvaluationDraft draft) {
		Exemplar e = changing(actor, id, version);
		boolean improvement = e.getStatus() == ExemplarStatus.RECOGNISED;
		if (!improvement && e.getStatus() != ExemplarStatus.IMPLEMENTING) {
			throw skipped(e, "evaluate");
		}
		if (draft.evaluatedOn() == null) {
			throw RuleViolationException.onField("on", "exemplar.evaluatedOn.required");
		}
		notBeforeRegistration(e, draft.evaluatedOn(), "on");
		if (draft.evaluatedOn().isAfter(exemplars.today())) {
			throw RuleViolationException.onField("on", "exemplar.date.future");
		}
		if (draft.evaluator() == null || draft.evaluator().isBlank() || draft.evaluator().length() > 150) {
			throw RuleViolationException.onField("evaluator", "exemplar.evaluator.required");
		}
		if (draft.rating() == null) {
			throw RuleViolationException.onField("rating", "exemplar.rating.required");
		}
		rules.scores(draft.scores());
		rules.figures(draft.figures(), "figures");
		Evaluation evaluation = evaluations.save(new Evaluation(e.getId(), draft, improvement, clock.instant(),
				actor.username()));
		e.evaluated(draft.figures());
		exemplars.record(actor, e, improvement ? Step.Action.IMPROVE : Step.Action.EVALUATE, draft.evaluatedOn(),
				draft.comments());
		return evaluation;
	}

	/** Evaluated → recognised at a level by a document; above commune level only the board recognises. */
	public Exemplar recognise(Actor actor, Long id, long version, RecognitionLevel level, LocalDate on, String document,
			boolean typical) {
		Exemplar e = changing(actor, id, version);
		requireState(e, ExemplarStatus.EVALUATED, "recognise");
		if (level == null) {
			throw RuleViolationException.onField("level", "exemplar.level.required");
		}
		if (level != RecognitionLevel.COMMUNE) {
			access.requireBoard(actor, e.getUnitId());
		}
		if (on == null) {
			throw RuleViolationException.onField("on", "exemplar.recognisedOn.required");
		}
		List<Evaluation> done = evaluations.findByExemplarIdOrderByEvaluatedOnAscIdAsc(e.getId());
		Evaluation last = done.get(done.size() - 1);
		if (last.getRating() == Rating.FAIL) {
			throw new RuleViolationException("exemplar.recognise.failed");
		}
		if (on.isBefore(last.getEvaluatedOn()) || on.isAfter(exemplars.today())) {
			throw RuleViolationException.onField("on", "exemplar.recognisedOn.beforeEvaluation");
		}
		if (document == null || document.isBlank() || document.length() > 300) {
			throw RuleViolationException.onField("document", "exemplar.document.required");
		}
		e.recognise(level, on, document.strip(), typical);
		exemplars.record(actor, e, Step.Action.RECOGNISE, on, document.strip());
		return e;
	}

	/** A recognised exemplar copied by another unit: the copy is that unit's own exemplar, registered today. */
	public Exemplar replicate(Actor actor, Long id, Long targetUnitId, String name) {
		Exemplar original = exemplars.get(actor, id);
		if (original.getStatus() != ExemplarStatus.RECOGNISED) {
			throw new RuleViolationException("exemplar.replicate.notRecognised");
		}
		if (targetUnitId == null || targetUnitId.equals(original.getUnitId()) || org.unit(targetUnitId).isEmpty()) {
			throw RuleViolationException.onField("targetUnitId", "exemplar.replicate.unit");
		}
		Exemplar copy = exemplars.register(actor, new ExemplarDraft(original.getKind() == ExemplarKind.MODEL
				? ExemplarKind.MODEL : ExemplarKind.COLLECTIVE, name == null || name.isBlank() ? original.getName() : name,
				targetUnitId, null, original.getFieldCode(), original.getSituation(), original.getObjectives(),
				original.getContentMethod(), null, null, null, null, null, null, null, null, exemplars.today(), null,
				null, null, original.getSustainability(), null, null, null, null));
		copy.copiedFrom(original.getId());
		exemplars.record(actor, original, Step.Action.REPLICATE, exemplars.today(), copy.getName());
		return copy;
	}

	/** A recognised exemplar carried into the next stage, where it counts as sustained. */
	public Exemplar carry(Actor actor, Long id, long version) {
		Exemplar e = changing(actor, id, version);
		access.requireBoard(actor, e.getUnitId());
		requireState(e, ExemplarStatus.RECOGNISED, "carry");
		ExemplarCatalog.Stage next = catalog.stageAfter(e.getStageCode())
			.orElseThrow(() -> new RuleViolationException("exemplar.carry.noNextStage"));
		e.carryInto(next.code());
		exemplars.record(actor, e, Step.Action.CARRY, exemplars.today(), next.name());
		return e;
	}

	public Exemplar discontinue(Actor actor, Long id, long version, String reason) {
		Exemplar e = changing(actor, id, version);
		if (e.getStatus() == ExemplarStatus.DISCONTINUED) {
			throw skipped(e, "discontinue");
		}
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw RuleViolationException.onField("reason", "exemplar.reason.required");
		}
		e.discontinue(reason.strip());
		exemplars.record(actor, e, Step.Action.DISCONTINUE, exemplars.today(), reason.strip());
		return e;
	}

	private Exemplar changing(Actor actor, Long id, long version) {
		Exemplar e = exemplars.editable(actor, id);
		StaleRecordException.check(version, e.getVersion());
		return repository.findById(id).orElseThrow();
	}

	private LocalDate notBeforeRegistration(Exemplar e, LocalDate on, String field) {
		LocalDate day = on == null ? exemplars.today() : on;
		if (day.isBefore(e.getRegisteredOn())) {
			throw RuleViolationException.onField(field, "exemplar.date.beforeRegistration",
					e.getRegisteredOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		}
		return day;
	}

	private static void requireState(Exemplar e, ExemplarStatus expected, String action) {
		if (e.getStatus() != expected) {
			throw skipped(e, action);
		}
	}

	private static RuleViolationException skipped(Exemplar e, String action) {
		return new RuleViolationException("exemplar.transition." + action, e.getStatus().name());
	}

}
