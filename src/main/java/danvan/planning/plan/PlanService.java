package danvan.planning.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import danvan.platform.SqlParams;
import danvan.org.OrgDirectory;
import danvan.planning.PlanningAccess;
import danvan.planning.PlanningUploads;
import danvan.platform.security.Actor;
import danvan.platform.text.Folding;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/** Plans and their tree of tasks and targets: written by the owner unit's handlers, read within their subtree. */
@Service
@Transactional
public class PlanService {

	/** A value no indicator of a commune or a province reaches: a typing slip. */
	static final BigDecimal ABSURD = new BigDecimal("1000000000");

	public record Filter(Long unitId, Plan.Kind kind, Plan.Status status, Integer year, String query) {

		public static Filter none() {
			return new Filter(null, null, null, null, null);
		}

	}

	private final PlanRepository plans;

	private final PlanItemRepository items;

	private final TargetSplitRepository splits;

	private final PlanningAccess access;

	private final OrgDirectory org;

	private final PlanningUploads uploads;

	private final Clock clock;

	PlanService(PlanRepository plans, PlanItemRepository items, TargetSplitRepository splits, PlanningAccess access,
			OrgDirectory org, PlanningUploads uploads, Clock clock) {
		this.plans = plans;
		this.items = items;
		this.splits = splits;
		this.access = access;
		this.org = org;
		this.uploads = uploads;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Plan> list(Actor actor, Filter filter) {
		return page(actor, filter, Pageable.unpaged()).getContent();
	}

	/** The plans the actor may read that match the filter, narrowed, counted and paged in the database. */
	@Transactional(readOnly = true)
	public Page<Plan> page(Actor actor, Filter filter,
			Pageable page) {
		java.util.Set<Long> scope = org.readableUnits(actor);
		if (scope != null && scope.isEmpty()) {
			return Page.empty(page);
		}
		java.util.Set<Long> within = filter.unitId() == null ? null : org.unitIdsWithin(filter.unitId());
		List<String> words = danvan.platform.text.Folding.likePatterns(filter.query(), 4);
		Integer year = filter.year() == null || filter.year() < 1900 || filter.year() > 2200 ? null : filter.year();
		return plans.filtered(scope == null, SqlParams.idsOrNone(scope), within == null, SqlParams.idsOrNone(within), filter.kind(),
				filter.status(), Plan.Status.WITHDRAWN, year == null ? null : LocalDate.of(year, 1, 1),
				year == null ? null : LocalDate.of(year, 12, 31), SqlParams.word(words, 0), SqlParams.word(words, 1), SqlParams.word(words, 2),
				SqlParams.word(words, 3), page);
	}



	/** Every plan not withdrawn, for the figures: the caller has checked the reader may see the unit counted. */
	@Transactional(readOnly = true)
	public List<Plan> counted() {
		return plans.findAllByOrderByPeriodFromDescIdDesc().stream().filter(p -> p.getStatus() != Plan.Status.WITHDRAWN).toList();
	}

	@Transactional(readOnly = true)
	public Plan get(Actor actor, Long id) {
		Plan plan = plans.findById(id).orElseThrow(NotFoundException::record);
		if (!readable(actor, plan)) {
			throw new org.springframework.security.access.AccessDeniedException("planning: plan outside scope");
		}
		return plan;
	}

	/** The owner's subtree reads a plan; so does a unit the plan assigns a target to. */
	@Transactional(readOnly = true)
	public boolean readable(Actor actor, Plan plan) {
		return access.canRead(actor, plan.getOwnerUnitId())
				|| splits.unitsOfPlan(plan.getId()).stream().anyMatch(u -> access.canRead(actor, u));
	}

	@Transactional(readOnly = true)
	public Plan editable(Actor actor, Long id) {
		Plan plan = get(actor, id);
		access.requireHandle(actor, plan.getOwnerUnitId());
		return plan;
	}

	@Transactional(readOnly = true)
	public List<PlanItem> items(Long planId) {
		return items.findByPlanIdOrderByPositionAscIdAsc(planId);
	}

	@Transactional(readOnly = true)
	public List<TargetSplit> splitsOf(List<PlanItem> of) {
		return of.isEmpty() ? List.of() : splits.findByItemIdIn(of.stream().map(PlanItem::getId).toList());
	}

	@Transactional(readOnly = true)
	public PlanItem item(Actor actor, Long itemId) {
		PlanItem item = items.findById(itemId).orElseThrow(NotFoundException::record);
		get(actor, item.getPlanId());
		return item;
	}

	public Plan create(Actor actor, Long ownerUnitId, PlanDraft draft) {
		if (ownerUnitId == null || org.unit(ownerUnitId).isEmpty()) {
			throw RuleViolationException.onField("ownerUnitId", "planning.plan.owner.required");
		}
		access.requireHandle(actor, ownerUnitId);
		check(draft);
		org.requireOpenOn(ownerUnitId, LocalDate.now(clock), "ownerUnitId");
		Plan plan = new Plan(ownerUnitId, clock.instant(), actor.username());
		plan.describe(draft);
		return plans.save(plan);
	}

	public Plan update(Actor actor, Long id, long version, PlanDraft draft) {
		Plan plan = editable(actor, id);
		StaleRecordException.check(version, plan.getVersion());
		check(draft);
		plan.describe(draft);
		return plan;
	}

	public Plan attachDocument(Actor actor, Long id, MultipartFile upload) {
		Plan plan = editable(actor, id);
		plan.attachDocument(uploads.store(upload, "document", "planning.plan.document.required"));
		return plan;
	}

	public PlanItem addItem(Actor actor, Long planId, ItemDraft draft) {
		Plan plan = editable(actor, planId);
		check(plan, draft);
		int position = items.findByPlanIdOrderByPositionAscIdAsc(planId).size();
		PlanItem item = new PlanItem(planId, position);
		item.describe(draft);
		return items.save(item);
	}

	/** The unit's own target value; a value of zero or less takes the unit off the split. */
	public TargetSplit split(Actor actor, Long itemId, Long unitId, BigDecimal value) {
		PlanItem item = item(actor, itemId);
		Plan plan = editable(actor, item.getPlanId());
		if (!item.isTarget()) {
			throw RuleViolationException.onField("unitId", "planning.split.notTarget");
		}
		// a board's plan assigns targets across the committee it serves: the owner's parent bounds the split
		Long bound = org.parentOf(plan.getOwnerUnitId()).map(OrgDirectory.UnitRef::id).orElse(plan.getOwnerUnitId());
		if (unitId == null || org.unit(unitId).isEmpty()
				|| !(org.isWithin(unitId, plan.getOwnerUnitId()) || org.isWithin(unitId, bound))) {
			throw RuleViolationException.onField("unitId", "planning.split.unit.outside");
		}
		if (value == null || value.signum() < 0 || value.compareTo(ABSURD) > 0) {
			throw RuleViolationException.onField("targetValue", "planning.value.range");
		}
		TargetSplit split = splits.findByItemIdAndUnitId(itemId, unitId).orElse(null);
		if (split == null) {
			split = splits.save(new TargetSplit(itemId, unitId, value));
		}
		else {
			split.change(value);
		}
		return split;
	}

	/** A task's progress in percent, with a note; the lead unit's handlers or the owner's. */
	public PlanItem reportTask(Actor actor, Long itemId, long version, Integer percent, String note) {
		PlanItem item = item(actor, itemId);
		Plan plan = get(actor, item.getPlanId());
		if (!(access.canHandle(actor, plan.getOwnerUnitId())
				|| (item.getLeadUnitId() != null && access.canHandle(actor, item.getLeadUnitId())))) {
			throw new org.springframework.security.access.AccessDeniedException("planning: not the task's unit");
		}
		StaleRecordException.check(version, item.getVersion());
		if (item.isTarget()) {
			throw RuleViolationException.onField("percent", "planning.task.notTask");
		}
		if (percent == null || percent < 0 || percent > 100) {
			throw RuleViolationException.onField("percent", "planning.task.percent.range");
		}
		item.report(percent, note == null || note.isBlank() ? null : note.strip());
		return item;
	}

	/**
	 * A copy of the plan for the next period (new plan, revision 1) or as its revision (the old plan is kept,
	 * superseded): the tree and the splits are copied, progress is not.
	 */
	public Plan copy(Actor actor, Long id, PlanDraft draft, boolean asRevision) {
		Plan source = editable(actor, id);
		check(draft);
		if (asRevision && source.getStatus() != Plan.Status.CURRENT) {
			throw RuleViolationException.onField("title", "planning.plan.reviseOnlyCurrent");
		}
		Plan copy = new Plan(source.getOwnerUnitId(), clock.instant(), actor.username());
		copy.describe(draft);
		if (asRevision) {
			copy.follows(source, source.getRevision() + 1);
			source.supersede();
		}
		else {
			copy.follows(source, 1);
		}
		copy = plans.save(copy);
		List<PlanItem> old = items.findByPlanIdOrderByPositionAscIdAsc(id);
		Map<Long, List<TargetSplit>> oldSplits = splitsOf(old).stream().collect(Collectors.groupingBy(TargetSplit::getItemId));
		Map<Long, Long> mapped = new HashMap<>();
		List<PlanItem> pending = new ArrayList<>(old);
		while (!pending.isEmpty()) {
			List<PlanItem> next = new ArrayList<>();
			for (PlanItem item : pending) {
				if (item.getParentId() != null && !mapped.containsKey(item.getParentId())) {
					next.add(item);
					continue;
				}
				PlanItem made = items.save(item.copyTo(copy.getId(), item.getParentId() == null ? null : mapped.get(item.getParentId())));
				mapped.put(item.getId(), made.getId());
				for (TargetSplit s : oldSplits.getOrDefault(item.getId(), List.of())) {
					splits.save(new TargetSplit(made.getId(), s.getUnitId(), s.getTargetValue()));
				}
			}
			if (next.size() == pending.size()) {
				break;
			}
			pending = next;
		}
		return copy;
	}

	public void withdraw(Actor actor, Long id, long version) {
		Plan plan = editable(actor, id);
		StaleRecordException.check(version, plan.getVersion());
		plan.withdraw();
	}

	/** A target below its baseline where the indicator must grow: saved, with this warning shown. */
	public static boolean belowBaseline(PlanItem item) {
		return item.isTarget() && item.getBaseline() != null && item.getTargetValue() != null
				&& item.getDirection() == PlanItem.Direction.GROW && item.getTargetValue().compareTo(item.getBaseline()) < 0;
	}

	private static void check(PlanDraft draft) {
		if (draft.kind() == null) {
			throw RuleViolationException.onField("kind", "planning.plan.kind.required");
		}
		if (draft.title() == null || draft.title().isBlank()) {
			throw RuleViolationException.onField("title", "planning.plan.title.required");
		}
		if (draft.periodFrom() == null || draft.periodTo() == null) {
			throw RuleViolationException.onField("periodFrom", "planning.plan.period.required");
		}
		if (draft.periodTo().isBefore(draft.periodFrom())) {
			throw RuleViolationException.onField("periodTo", "planning.plan.period.order");
		}
		if (draft.reportEvery() != null && !PlanDraft.REPORT_KINDS.contains(draft.reportEvery())) {
			throw RuleViolationException.onField("reportEvery", "planning.plan.reportEvery.invalid");
		}
	}

	private void check(Plan plan, ItemDraft d) {
		if (d.kind() == null) {
			throw RuleViolationException.onField("kind", "planning.item.kind.required");
		}
		if (d.title() == null || d.title().isBlank()) {
			throw RuleViolationException.onField("title", "planning.item.title.required");
		}
		if (d.parentId() != null) {
			PlanItem parent = items.findById(d.parentId()).orElse(null);
			if (parent == null || !parent.getPlanId().equals(plan.getId())) {
				throw RuleViolationException.onField("parentId", "planning.item.parent.invalid");
			}
		}
		if (d.weight() != null && (d.weight().signum() < 0 || d.weight().compareTo(BigDecimal.valueOf(1000)) > 0)) {
			throw RuleViolationException.onField("weight", "planning.item.weight.range");
		}
		if (d.leadUnitId() != null && org.unit(d.leadUnitId()).isEmpty()) {
			throw RuleViolationException.onField("leadUnitId", "planning.item.lead.invalid");
		}
		if (d.kind() == PlanItem.Kind.TASK && (d.leadUnitId() == null || d.dueOn() == null)) {
			throw RuleViolationException.onField(d.leadUnitId() == null ? "leadUnitId" : "dueOn", "planning.task.assigneeAndDue");
		}
		if (d.kind() == PlanItem.Kind.TARGET) {
			if (d.measure() == null || d.measure().isBlank()) {
				throw RuleViolationException.onField("measure", "planning.target.measure.required");
			}
			if (d.targetValue() == null || d.targetValue().signum() < 0 || d.targetValue().compareTo(ABSURD) > 0) {
				throw RuleViolationException.onField("targetValue", "planning.value.range");
			}
			if (d.baseline() != null && (d.baseline().signum() < 0 || d.baseline().compareTo(ABSURD) > 0)) {
				throw RuleViolationException.onField("baseline", "planning.value.range");
			}
		}
	}

	/** Ids of partner units, as stored (comma-separated). */
	public static Set<Long> partnerIds(PlanItem item) {
		if (item.getPartnerUnitIds() == null || item.getPartnerUnitIds().isBlank()) {
			return Set.of();
		}
		return java.util.Arrays.stream(item.getPartnerUnitIds().split(","))
			.map(String::strip)
			.filter(s -> s.matches("\\d{1,18}"))
			.map(Long::valueOf)
			.collect(Collectors.toSet());
	}

}
