package danvan.oversight.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import danvan.platform.SqlParams;
import danvan.org.OrgDirectory;
import danvan.oversight.CommitteeService;
import danvan.oversight.OversightAccess;
import danvan.oversight.OversightRules;
import danvan.oversight.Topics;
import danvan.oversight.UnitScope;
import danvan.platform.files.FileKind;
import danvan.platform.files.FileRules;
import danvan.platform.files.FileStore;
import danvan.platform.security.Actor;
import danvan.platform.text.Folding;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/**
 * Inspections through their three steps. The body's handlers prepare and move them; the inspected units read
 * the inspections that concern them. Each step is written down with its actor, day and document.
 */
@Service
@Transactional
public class InspectionService {

	static final FileRules DOCUMENTS = FileRules.of(List.of(FileKind.PDF, FileKind.DOCX, FileKind.DOC), 20);

	private static final List<InspectionStatus> CONCLUDED = java.util.Arrays.stream(InspectionStatus.values())
		.filter(InspectionStatus::concluded)
		.toList();

	static final List<RecommendationStatus> OPEN = List.of(RecommendationStatus.NOT_STARTED,
			RecommendationStatus.IN_PROGRESS);

	private final InspectionRepository inspections;

	private final InspectionStepRepository steps;

	private final RecommendationRepository recommendations;

	private final OversightAccess access;

	private final OversightRules rules;

	private final Topics topics;

	private final UnitScope scope;

	private final OrgDirectory org;

	private final FileStore files;

	private final Clock clock;

	private final CommitteeService committees;

	InspectionService(InspectionRepository inspections, InspectionStepRepository steps,
			RecommendationRepository recommendations, OversightAccess access, OversightRules rules, Topics topics,
			UnitScope scope, OrgDirectory org, FileStore files, Clock clock, CommitteeService committees) {
		this.committees = committees;
		this.inspections = inspections;
		this.steps = steps;
		this.recommendations = recommendations;
		this.access = access;
		this.rules = rules;
		this.topics = topics;
		this.scope = scope;
		this.org = org;
		this.files = files;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public boolean reads(Actor actor, Inspection i) {
		return access.canRead(actor, i.getBodyUnitId()) || access.canReadAny(actor, i.concernedUnitIds());
	}

	/** The body's handlers move the steps and accept the recommendations. */
	public boolean handles(Actor actor, Inspection i) {
		return access.canHandle(actor, i.getBodyUnitId());
	}

	@Transactional(readOnly = true)
	public List<Inspection> list(Actor actor, InspectionFilter f) {
		return page(actor, f, Pageable.unpaged()).getContent();
	}

	/** The inspections the actor reads that match the filter, narrowed, counted and paged in the database. */
	@Transactional(readOnly = true)
	public Page<Inspection> page(Actor actor, InspectionFilter f, Pageable page) {
		Set<Long> readable = org.readableUnits(actor);
		Set<Long> within = f.unit() == null ? null : scope.subtree(f.unit());
		if (readable != null && within != null && readable.containsAll(within)) {
			readable = null;
		}
		if ((readable != null && readable.isEmpty()) || (within != null && within.isEmpty())) {
			return Page.empty(page);
		}
		List<String> words = Folding.likePatterns(f.q(), 4);
		String topic = f.topic() == null || f.topic().isBlank() ? null : f.topic();
		return inspections.filtered(readable == null, SqlParams.idsOrNone(readable), within == null, SqlParams.idsOrNone(within), f.kind(),
				f.form(), f.status(), topic, f.window().first(), f.window().last(), Boolean.TRUE.equals(f.planned()),
				Boolean.TRUE.equals(f.concluded()), CONCLUDED, Boolean.TRUE.equals(f.overdue()), OPEN, today(),
				SqlParams.word(words, 0), SqlParams.word(words, 1), SqlParams.word(words, 2), SqlParams.word(words, 3), page);
	}



	@Transactional(readOnly = true)
	public Inspection get(Actor actor, Long id) {
		Inspection i = inspections.findById(id).orElseThrow(NotFoundException::record);
		access.requireRead(reads(actor, i));
		return i;
	}

	/** Days of notice given against the minimum the rules set. */
	public record NoticeShortfall(long given, int minimum) {
	}

	/**
	 * For a scheduled supervision noticed fewer days ahead than the rule in force on the notice date sets
	 * (oversight_rule NOTICE_SUPERVISION): a warning shown on the page; the record is kept as entered.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<NoticeShortfall> noticeShortfall(Inspection i) {
		if (i.getKind() != InspectionKind.SUPERVISION || i.getForm() != InspectionForm.SCHEDULED
				|| i.getNoticeDate() == null || i.getWorkFrom() == null) {
			return java.util.Optional.empty();
		}
		int minimum = rules.days(OversightRules.NOTICE_SUPERVISION, i.getNoticeDate());
		long given = ChronoUnit.DAYS.between(i.getNoticeDate(), i.getWorkFrom());
		return given < minimum ? java.util.Optional.of(new NoticeShortfall(given, minimum)) : java.util.Optional.empty();
	}

	/** An inspection the actor may change: refused before any form is read. */
	@Transactional(readOnly = true)
	public Inspection handled(Actor actor, Long id) {
		Inspection i = get(actor, id);
		access.requireHandle(actor, i.getBodyUnitId());
		return i;
	}

	/** The inspections of the given ids, by id: the list of recommendations names each one's inspection. */
	@Transactional(readOnly = true)
	public java.util.Map<Long, Inspection> byId(Collection<Long> ids) {
		return inspections.findAllById(ids).stream().collect(java.util.stream.Collectors.toMap(Inspection::getId, i -> i));
	}

	/** Every inspection, for the figures: the caller has scoped the unit already. */
	@Transactional(readOnly = true)
	public List<Inspection> all() {
		return inspections.findAllByOrderByWorkFromDesc();
	}

	/** For the scheduled follow-up, which runs as no one. */
	Inspection load(Long id) {
		return inspections.findById(id).orElseThrow(NotFoundException::record);
	}

	@Transactional(readOnly = true)
	public List<InspectionStep> steps(Actor actor, Long id) {
		get(actor, id);
		return steps.findByInspectionIdOrderByActedAtAscIdAsc(id);
	}

	@Transactional(readOnly = true)
	public List<Inspection> ofPlan(Long planId) {
		return inspections.findByPlanIdOrderByWorkFrom(planId);
	}

	@Transactional(readOnly = true)
	public List<Inspection> ofCommittee(Actor actor, Long committeeId) {
		return inspections.findByCommitteeIdOrderByWorkFrom(committeeId).stream().filter(i -> reads(actor, i)).toList();
	}

	public Inspection create(Actor actor, InspectionDraft given) {
		InspectionDraft draft = byCommittee(actor, given);
		if (draft.bodyUnitId() == null || !org.exists(draft.bodyUnitId())) {
			throw RuleViolationException.onField("bodyUnitId", "oversight.inspection.body.required");
		}
		access.requireHandle(actor, draft.bodyUnitId());
		List<InspectedOfficial> officials = check(draft, List.of());
		org.requireOpenOn(draft.bodyUnitId(), draft.workFrom(), "bodyUnitId");
		Inspection i = new Inspection(clock.instant(), actor.username());
		i.prepare(draft, officials);
		inspections.save(i);
		steps.save(new InspectionStep(i.getId(), clock.instant(), actor.username(), null, InspectionStatus.PREPARING,
				null, null, null));
		return i;
	}

	/** The preparation may be corrected until the team starts work. */
	public Inspection update(Actor actor, Long id, long version, InspectionDraft given) {
		Inspection i = handled(actor, id);
		InspectionDraft draft = byCommittee(actor, given);
		if (draft.bodyUnitId() == null || !org.exists(draft.bodyUnitId())) {
			throw RuleViolationException.onField("bodyUnitId", "oversight.inspection.body.required");
		}
		StaleRecordException.check(version, i.getVersion());
		if (i.getStatus() != InspectionStatus.PREPARING) {
			throw new RuleViolationException("oversight.inspection.notPreparing");
		}
		if (!draft.bodyUnitId().equals(i.getBodyUnitId())) {
			access.requireHandle(actor, draft.bodyUnitId());
		}
		i.prepare(draft, check(draft, i.getInspectedOfficials()));
		return i;
	}

	/** A draft tied to a steering committee the actor handles, carried out by its unit unless a body was chosen. */
	private InspectionDraft byCommittee(Actor actor, InspectionDraft draft) {
		if (draft.committeeId() == null) {
			return draft;
		}
		return draft.carriedOutBy(committees.requireHandled(actor, draft.committeeId(), "committeeId").getUnitId());
	}

	public Inspection attachDecision(Actor actor, Long id, MultipartFile upload) {
		Inspection i = handled(actor, id);
		Long file = store(upload, "decisionFile");
		i.attachDecision(file);
		steps.save(new InspectionStep(id, clock.instant(), actor.username(), i.getStatus(), i.getStatus(), "DECISION",
				file, null));
		return i;
	}

	/** Prepare → carry out: the decision is issued, the unit notified (unless by surprise). */
	public Inspection start(Actor actor, Long id, long version, StepInput input) {
		Inspection i = step(actor, id, version, InspectionStatus.PREPARING);
		if (i.getDecisionNumber() == null || i.getDecisionDate() == null) {
			throw RuleViolationException.onField("on", "oversight.inspection.start.decision");
		}
		if (i.getForm() != InspectionForm.SURPRISE && i.getNoticeDate() == null) {
			throw RuleViolationException.onField("on", "oversight.inspection.start.notice");
		}
		if (input.on() != null && input.on().isAfter(today())) {
			throw RuleViolationException.onField("on", "oversight.inspection.date.future");
		}
		Long file = storeOptional(input.document(), "document");
		i.receiveSelfReport(input.on());
		return move(actor, i, InspectionStatus.CARRYING_OUT, file == null ? null : "SELF_REPORT", file, input.note());
	}

	/** Carry out → close: the working sessions have ended and the draft report is filed. */
	public Inspection endWork(Actor actor, Long id, long version, StepInput input) {
		Inspection i = step(actor, id, version, InspectionStatus.CARRYING_OUT);
		if (input.on() == null) {
			throw RuleViolationException.onField("on", "oversight.inspection.workTo.required");
		}
		if (input.on().isBefore(i.getWorkFrom())) {
			throw RuleViolationException.onField("on", "oversight.inspection.workTo.beforeStart");
		}
		Long file = storeOptional(input.document(), "document");
		i.endWork(input.on());
		return move(actor, i, InspectionStatus.CLOSING, file == null ? null : "DRAFT_REPORT", file, input.note());
	}

	/** Close → follow-up: the conclusion notice (thông báo kết luận) is issued. */
	public Inspection conclude(Actor actor, Long id, long version, StepInput input) {
		Inspection i = step(actor, id, version, InspectionStatus.CLOSING);
		if (input.number() == null || input.number().isBlank()) {
			throw RuleViolationException.onField("number", "oversight.inspection.conclusion.number");
		}
		if (input.on() == null) {
			throw RuleViolationException.onField("on", "oversight.inspection.conclusion.date");
		}
		LocalDate workEnd = i.getWorkTo() == null ? i.getWorkFrom() : i.getWorkTo();
		if (input.on().isBefore(workEnd)) {
			throw RuleViolationException.onField("on", "oversight.inspection.conclusion.beforeWork", java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(workEnd));
		}
		Long file = storeOptional(input.document(), "document");
		i.conclude(input.number().trim(), input.on(), input.strengths(), input.shortcomings(), input.causes(), file);
		return move(actor, i, InspectionStatus.FOLLOW_UP, file == null ? null : "CONCLUSION", file, input.note());
	}

	/** Follow-up → done: every recommendation has been accepted. */
	public Inspection finish(Actor actor, Long id, long version, String note) {
		Inspection i = step(actor, id, version, InspectionStatus.FOLLOW_UP);
		long open = recommendations.findByInspectionIdOrderById(id)
			.stream()
			.filter(r -> r.getStatus() != RecommendationStatus.ACCEPTED)
			.count();
		if (open > 0) {
			throw new RuleViolationException("oversight.inspection.finish.open", open);
		}
		return move(actor, i, InspectionStatus.DONE, null, null, note);
	}

	private Inspection step(Actor actor, Long id, long version, InspectionStatus expected) {
		Inspection i = handled(actor, id);
		StaleRecordException.check(version, i.getVersion());
		if (i.getStatus() != expected) {
			throw new RuleViolationException("oversight.inspection.wrongStep");
		}
		return i;
	}

	private Inspection move(Actor actor, Inspection i, InspectionStatus next, String kind, Long file, String note) {
		InspectionStatus from = i.getStatus();
		i.moveTo(next);
		steps.save(new InspectionStep(i.getId(), clock.instant(), actor.username(), from, next, kind, file,
				note == null || note.isBlank() ? null : note.trim()));
		return i;
	}

	private Long storeOptional(MultipartFile upload, String field) {
		return upload == null || upload.isEmpty() ? null : store(upload, field);
	}

	private Long store(MultipartFile upload, String field) {
		if (upload == null || upload.isEmpty()) {
			throw RuleViolationException.onField(field, "oversight.file.required");
		}
		try {
			return files.store(upload, DOCUMENTS).getId();
		}
		catch (RuleViolationException e) {
			throw RuleViolationException.onField(field, e.messageKey(), e.arguments());
		}
	}

	/**
	 * Refuses a draft that breaks a rule; answers the officials inspected in person with their units. An official
	 * already on the inspection keeps the unit recorded then; a newly chosen one must serve within the inspecting
	 * body's subtree.
	 */
	private List<InspectedOfficial> check(InspectionDraft d, List<InspectedOfficial> recorded) {
		if (d.kind() == null) {
			throw RuleViolationException.onField("kind", "oversight.inspection.kind.required");
		}
		if (d.form() == null) {
			throw RuleViolationException.onField("form", "oversight.inspection.form.required");
		}
		if (d.form() == InspectionForm.SURPRISE && (d.grounds() == null || d.grounds().isBlank())) {
			throw RuleViolationException.onField("grounds", "oversight.inspection.grounds.required");
		}
		List<Long> officialIds = d.inspectedOfficialIds() == null ? List.of() : d.inspectedOfficialIds();
		if ((d.inspectedUnitIds() == null || d.inspectedUnitIds().isEmpty()) && officialIds.isEmpty()) {
			throw RuleViolationException.onField("inspectedUnitIds", "oversight.inspection.units.required");
		}
		if (d.inspectedUnitIds().stream().anyMatch(u -> !org.exists(u))) {
			throw RuleViolationException.onField("inspectedUnitIds", "oversight.inspection.units.unknown");
		}
		Collection<String> known = topics.active().keySet();
		if (d.topics() == null || d.topics().isEmpty() || !known.containsAll(d.topics())) {
			throw RuleViolationException.onField("topics", "oversight.inspection.topics.required");
		}
		if (d.workFrom() == null) {
			throw RuleViolationException.onField("workFrom", "oversight.inspection.workFrom.required");
		}
		if (d.workTo() != null && d.workTo().isBefore(d.workFrom())) {
			throw RuleViolationException.onField("workTo", "oversight.inspection.workTo.beforeStart");
		}
		if (d.periodFrom() != null && d.periodTo() != null && d.periodTo().isBefore(d.periodFrom())) {
			throw RuleViolationException.onField("periodTo", "oversight.inspection.period.order");
		}
		if (d.decisionDate() != null && d.decisionDate().isAfter(d.workFrom())) {
			throw RuleViolationException.onField("decisionDate", "oversight.inspection.decision.afterWork");
		}
		if (d.noticeDate() != null && d.noticeDate().isAfter(d.workFrom())) {
			throw RuleViolationException.onField("noticeDate", "oversight.inspection.notice.afterWork");
		}
		if (d.team() != null && d.team().stream().anyMatch(m -> org.official(m.getOfficialId()).isEmpty())) {
			throw RuleViolationException.onField("memberOfficialIds", "oversight.inspection.team.unknown");
		}
		return inspectedOfficials(d.bodyUnitId(), officialIds, recorded);
	}

	private List<InspectedOfficial> inspectedOfficials(Long bodyUnitId, List<Long> ids, List<InspectedOfficial> recorded) {
		if (ids.stream().distinct().count() < ids.size()) {
			throw RuleViolationException.onField("inspectedOfficialIds", "oversight.inspection.officials.twice");
		}
		Set<Long> subtree = ids.isEmpty() ? Set.of() : scope.reach(bodyUnitId);
		List<InspectedOfficial> out = new java.util.ArrayList<>();
		for (Long id : ids) {
			java.util.Optional<InspectedOfficial> kept = recorded.stream().filter(o -> o.getOfficialId().equals(id)).findFirst();
			if (kept.isPresent()) {
				out.add(kept.get());
				continue;
			}
			OrgDirectory.OfficialRef official = org.official(id)
				.orElseThrow(() -> RuleViolationException.onField("inspectedOfficialIds", "oversight.inspection.officials.unknown"));
			if (!subtree.contains(official.unitId())) {
				throw RuleViolationException.onField("inspectedOfficialIds", "oversight.inspection.officials.outside",
						official.fullName());
			}
			out.add(new InspectedOfficial(id, official.unitId()));
		}
		return out;
	}

}
