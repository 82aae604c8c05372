package danvan.planning.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.planning.PlanningAccess;
import danvan.planning.PlanningUnits;
import danvan.platform.security.Actor;

/**
 * What the board sees of a plan for one unit and period: each item with its rolled-up figures, the percentage,
 * behind-plan against the share of the period elapsed, and the plan's weighted progress.
 */
@Service
@Transactional(readOnly = true)
public class PlanBoard {

	public record Node(PlanItem item, int depth, RollUp.Cell cell, BigDecimal percent, boolean behind,
			boolean belowBaseline, boolean overdue) {

		public PlanItem getItem() {
			return item;
		}

	}

	public record Board(Plan plan, ReportingPeriod period, Long unitId, List<Node> nodes, BigDecimal progress,
			double expectedShare, List<ReportingPeriod> periods) {
	}

	public record UnitRow(PlanningUnits.Unit unit, int depth, RollUp.Cell cell, boolean behind, boolean split) {
	}

	public record TrendPoint(ReportingPeriod period, RollUp.Cell cell) {
	}

	private final PlanService plans;

	private final ProgressService progress;

	private final PlanningUnits units;

	private final PlanningAccess access;

	private final Clock clock;

	PlanBoard(PlanService plans, ProgressService progress, PlanningUnits units, PlanningAccess access, Clock clock) {
		this.plans = plans;
		this.progress = progress;
		this.units = units;
		this.access = access;
		this.clock = clock;
	}

	/** The periods of a plan of the given kind (the plan's {@link Plan#getReportEvery()} as a rule), in order. */
	public List<ReportingPeriod> periodsOf(Plan plan, String kind) {
		return progress.periods()
			.stream()
			.filter(p -> p.getKind().equals(kind))
			.filter(p -> !p.getStartsOn().isBefore(plan.getPeriodFrom()) && !p.getEndsOn().isAfter(plan.getPeriodTo()))
			.toList();
	}

	/** The focus unit a reader may see: the one asked for, else the owner, else the reader's own unit in the plan. */
	public Long focus(Actor actor, Plan plan, Long requested, PlanningUnits.Tree tree) {
		if (requested != null && tree.unit(requested) != null && access.canRead(actor, requested)) {
			return requested;
		}
		if (access.canRead(actor, plan.getOwnerUnitId())) {
			return ownerFocus(plan, tree, actor);
		}
		return plans.splitsOf(plans.items(plan.getId()))
			.stream()
			.map(TargetSplit::getUnitId)
			.filter(u -> access.canRead(actor, u))
			.findFirst()
			.orElse(plan.getOwnerUnitId());
	}

	/** A board's plan splits its targets across the committee it serves: show them from the committee. */
	private Long ownerFocus(Plan plan, PlanningUnits.Tree tree, Actor actor) {
		Long owner = plan.getOwnerUnitId();
		PlanningUnits.Unit unit = tree.unit(owner);
		boolean outside = plans.splitsOf(plans.items(plan.getId())).stream().anyMatch(s -> !tree.within(s.getUnitId(), owner));
		if (outside && unit != null && unit.parentId() != null && (actor == null || access.canRead(actor, unit.parentId()))) {
			return unit.parentId();
		}
		return owner;
	}

	public Board board(Actor actor, Long planId, Long unitId, Long periodId) {
		Plan plan = plans.get(actor, planId);
		PlanningUnits.Tree tree = units.tree();
		return compose(plan, tree, focus(actor, plan, unitId, tree), periodId);
	}

	/**
	 * The plan's board seen from its owner (or the committee the owning board serves), for the figures: the caller
	 * has checked the reader may see the unit whose plans are counted.
	 */
	public Board counted(Plan plan, Long periodId) {
		PlanningUnits.Tree tree = units.tree();
		return compose(plan, tree, ownerFocus(plan, tree, null), periodId);
	}

	private Board compose(Plan plan, PlanningUnits.Tree tree, Long focus, Long periodId) {
		Long planId = plan.getId();
		List<PlanItem> items = plans.items(planId);
		Map<Long, Map<Long, BigDecimal>> splitValues = splitValues(plans.splitsOf(items));
		List<Progress> reports = progress.ofItems(items.stream().map(PlanItem::getId).toList());
		List<ReportingPeriod> periods = periodsOf(plan, plan.getReportEvery());
		ReportingPeriod period = choosePeriod(periodId, periods, reports);
		LocalDate today = LocalDate.now(clock);
		Map<Long, RollUp.Cell> cells = new HashMap<>();
		for (PlanItem item : items) {
			if (item.isTarget() && period != null) {
				Map<Long, BigDecimal> reported = reportedIn(reports, item.getId(), period.getId());
				cells.put(item.getId(), RollUp.at(tree, item.getAggregation(),
						splitValues.getOrDefault(item.getId(), Map.of()), reported, focus));
			}
		}
		LocalDate asOf = period == null ? today : min(period.getEndsOn(), today);
		List<Node> nodes = new ArrayList<>();
		Map<Long, List<PlanItem>> children = items.stream()
			.filter(i -> i.getParentId() != null)
			.collect(Collectors.groupingBy(PlanItem::getParentId));
		List<RollUp.Weighted> roots = new ArrayList<>();
		for (PlanItem root : items.stream().filter(i -> i.getParentId() == null).toList()) {
			BigDecimal p = walk(root, 0, children, cells, plan, asOf, today, nodes);
			roots.add(new RollUp.Weighted(root.getWeight(), p));
		}
		return new Board(plan, period, focus, nodes, RollUp.weighted(roots),
				RollUp.expectedShare(plan.getPeriodFrom(), plan.getPeriodTo(), asOf), periods);
	}

	/** A target's table: every unit with a share under the focus unit, its figures, behind-plan marked. */
	public List<UnitRow> perUnit(Actor actor, Long itemId, Long unitId, Long periodId) {
		PlanItem item = plans.item(actor, itemId);
		Plan plan = plans.get(actor, item.getPlanId());
		PlanningUnits.Tree tree = units.tree();
		Long focus = focus(actor, plan, unitId, tree);
		ReportingPeriod period = progress.period(periodId);
		Map<Long, BigDecimal> split = splitValues(plans.splitsOf(List.of(item))).getOrDefault(itemId, Map.of());
		Map<Long, RollUp.Cell> cells = RollUp.compute(tree, item.getAggregation(), split,
				reportedIn(progress.ofItems(List.of(itemId)), itemId, period.getId()));
		double share = RollUp.expectedShare(plan.getPeriodFrom(), item.getDueOn() == null ? plan.getPeriodTo() : item.getDueOn(),
				min(period.getEndsOn(), LocalDate.now(clock)));
		List<UnitRow> rows = new ArrayList<>();
		int base = tree.unit(focus) == null ? 0 : tree.unit(focus).depth();
		for (PlanningUnits.Unit u : tree.units().values()) {
			RollUp.Cell cell = cells.get(u.id());
			if (cell != null && tree.within(u.id(), focus)) {
				rows.add(new UnitRow(u, u.depth() - base, cell, RollUp.behind(cell.percent(), share), split.containsKey(u.id())));
			}
		}
		return rows;
	}

	/**
	 * The focus unit's figures of one target over the plan's reporting periods.
	 * <p>
	 * Charts: the trend (this list) and the per-unit table ({@link #perUnit}) are what the "charts of
	 * progress per target and per unit" draw. They are to be drawn with the shared chart piece the reporting helper
	 * builds in platform (not a second copy here): pass these points to it from the target page once it lands.
	 */
	public List<TrendPoint> trend(Actor actor, Long itemId, Long unitId) {
		PlanItem item = plans.item(actor, itemId);
		Plan plan = plans.get(actor, item.getPlanId());
		PlanningUnits.Tree tree = units.tree();
		Long focus = focus(actor, plan, unitId, tree);
		Map<Long, BigDecimal> split = splitValues(plans.splitsOf(List.of(item))).getOrDefault(itemId, Map.of());
		List<Progress> reports = progress.ofItems(List.of(itemId));
		LocalDate today = LocalDate.now(clock);
		return periodsOf(plan, plan.getReportEvery()).stream()
			.filter(p -> !p.getStartsOn().isAfter(today))
			.map(p -> new TrendPoint(p, RollUp.compute(tree, item.getAggregation(), split, reportedIn(reports, itemId, p.getId()))
				.get(focus)))
			.toList();
	}

	private BigDecimal walk(PlanItem item, int depth, Map<Long, List<PlanItem>> children, Map<Long, RollUp.Cell> cells,
			Plan plan, LocalDate asOf, LocalDate today, List<Node> out) {
		int at = out.size();
		out.add(null);
		List<RollUp.Weighted> parts = new ArrayList<>();
		for (PlanItem child : children.getOrDefault(item.getId(), List.of())
			.stream()
			.sorted(Comparator.comparingInt(PlanItem::getPosition).thenComparing(PlanItem::getId))
			.toList()) {
			parts.add(new RollUp.Weighted(child.getWeight(), walk(child, depth + 1, children, cells, plan, asOf, today, out)));
		}
		RollUp.Cell cell = cells.get(item.getId());
		BigDecimal percent;
		if (item.isTarget()) {
			percent = cell == null ? null : cell.percent();
		}
		else if (!parts.isEmpty()) {
			percent = RollUp.weighted(parts);
		}
		else {
			percent = BigDecimal.valueOf(item.getProgressPercent());
		}
		double share = RollUp.expectedShare(plan.getPeriodFrom(), item.getDueOn() == null ? plan.getPeriodTo() : item.getDueOn(), asOf);
		boolean behind = item.isTarget() ? RollUp.behind(percent, share) : item.isOverdue(today);
		out.set(at, new Node(item, depth, cell, percent, behind, PlanService.belowBaseline(item), item.isOverdue(today)));
		return percent;
	}

	private static ReportingPeriod choosePeriod(Long periodId, List<ReportingPeriod> periods, List<Progress> reports) {
		if (periodId != null) {
			for (ReportingPeriod p : periods) {
				if (p.getId().equals(periodId)) {
					return p;
				}
			}
		}
		java.util.Set<Long> reported = reports.stream().map(Progress::getPeriodId).collect(Collectors.toSet());
		ReportingPeriod latest = null;
		for (ReportingPeriod p : periods) {
			if (reported.contains(p.getId())) {
				latest = p;
			}
		}
		return latest != null ? latest : periods.isEmpty() ? null : periods.get(0);
	}

	static Map<Long, Map<Long, BigDecimal>> splitValues(List<TargetSplit> splits) {
		Map<Long, Map<Long, BigDecimal>> values = new HashMap<>();
		for (TargetSplit s : splits) {
			values.computeIfAbsent(s.getItemId(), k -> new HashMap<>()).put(s.getUnitId(), s.getTargetValue());
		}
		return values;
	}

	static Map<Long, BigDecimal> reportedIn(List<Progress> reports, Long itemId, Long periodId) {
		Map<Long, BigDecimal> values = new HashMap<>();
		for (Progress p : reports) {
			if (p.getItemId().equals(itemId) && p.getPeriodId().equals(periodId)) {
				values.put(p.getUnitId(), p.getAchieved());
			}
		}
		return values;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
