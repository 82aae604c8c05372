package danvan.planning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.planning.meeting.BlocMeetingCheck;
import danvan.planning.meeting.Meeting;
import danvan.planning.meeting.MeetingService;
import danvan.planning.meeting.MeetingTask;
import danvan.planning.plan.Plan;
import danvan.planning.plan.PlanBoard;
import danvan.planning.plan.PlanItem;
import danvan.planning.plan.PlanService;
import danvan.platform.figures.Figure;
import danvan.platform.figures.FigureQuery;
import danvan.platform.figures.FigureSource;
import danvan.platform.figures.Indicator;

/**
 * Planning's figures for a unit's subtree (predecessors through mergers included) and a period: meetings held by
 * kind, attendees, bloc meetings held against those due, targets met / on track / behind, tasks done / overdue.
 */
@Component
class PlanningFigures implements FigureSource {

	static final String COUNT = "platform.figures.measure.count";

	static final String PEOPLE = "platform.figures.measure.people";

	private final MeetingService meetings;

	private final PlanService plans;

	private final PlanBoard boards;

	private final BlocMeetingCheck blocs;

	private final OrgDirectory org;

	private final Clock clock;

	PlanningFigures(MeetingService meetings, PlanService plans, PlanBoard boards, BlocMeetingCheck blocs,
			OrgDirectory org, Clock clock) {
		this.meetings = meetings;
		this.plans = plans;
		this.boards = boards;
		this.blocs = blocs;
		this.org = org;
		this.clock = clock;
	}

	@Override
	public List<Indicator> indicators() {
		List<Indicator> list = new ArrayList<>();
		for (Meeting.Kind kind : Meeting.Kind.values()) {
			list.add(new Indicator(code(kind), "planning.figure." + code(kind).substring(9), COUNT));
		}
		list.add(new Indicator("planning.meetings.attendees", "planning.figure.meetings.attendees", PEOPLE));
		list.add(new Indicator("planning.bloc-meetings.due", "planning.figure.bloc-meetings.due", COUNT));
		list.add(new Indicator("planning.bloc-meetings.held", "planning.figure.bloc-meetings.held", COUNT));
		list.add(new Indicator("planning.targets.met", "planning.figure.targets.met", COUNT));
		list.add(new Indicator("planning.targets.on-track", "planning.figure.targets.on-track", COUNT));
		list.add(new Indicator("planning.targets.behind", "planning.figure.targets.behind", COUNT));
		list.add(new Indicator("planning.tasks.done", "planning.figure.tasks.done", COUNT));
		list.add(new Indicator("planning.tasks.overdue", "planning.figure.tasks.overdue", COUNT));
		return list;
	}

	private static String code(Meeting.Kind kind) {
		return "planning.meetings." + kind.name().toLowerCase().replace('_', '-');
	}

	@Override
	@Transactional(readOnly = true)
	public List<Figure> figures(FigureQuery q) {
		return figuresByUnit(List.of(q.unitId()), q.from(), q.to()).get(q.unitId());
	}

	/**
	 * The period's meetings, bloc-meeting checks, counted plans and tasks read once for all the units, then
	 * split by subtree.
	 */
	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<Figure>> figuresByUnit(java.util.Collection<Long> unitIds, LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.now(clock);
		LocalDate asOf = to.isBefore(today) ? to : today;
		List<Meeting> allHeld = meetings.heldBetween(from, to);
		Map<Long, Integer> attendees = allHeld.isEmpty() ? Map.of()
				: meetings.attendees(allHeld.stream().map(Meeting::getId).toList());
		List<BlocMeetingCheck.Row> blocRows = new ArrayList<>();
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			for (BlocMeetingCheck.Row row : blocs.check(null, year, today)) {
				LocalDate start = LocalDate.of(row.year(), row.quarter() * 3 - 2, 1);
				if (!start.isBefore(from) && !start.plusMonths(3).minusDays(1).isAfter(to)) {
					blocRows.add(row);
				}
			}
		}
		Map<Plan, List<PlanBoard.Node>> planNodes = new java.util.LinkedHashMap<>();
		for (Plan plan : plans.counted()) {
			if (plan.getStatus() != Plan.Status.CURRENT || plan.getPeriodFrom().isAfter(to) || plan.getPeriodTo().isBefore(from)) {
				continue;
			}
			Long periodId = boards.periodsOf(plan, plan.getReportEvery()).stream()
				.filter(p -> !p.getEndsOn().isAfter(asOf))
				.reduce((a, b) -> b)
				.map(danvan.planning.plan.ReportingPeriod::getId)
				.orElse(null);
			planNodes.put(plan, boards.counted(plan, periodId).nodes());
		}
		List<MeetingTask> tasks = meetings.allTasks();
		Map<Long, List<Figure>> out = new java.util.LinkedHashMap<>();
		for (Long unitId : unitIds) {
			Map<Long, Boolean> inside = new java.util.HashMap<>();
			java.util.function.Predicate<Long> within = u -> u != null
					&& inside.computeIfAbsent(u, x -> org.isWithin(x, unitId));
			out.put(unitId, figuresOf(unitId, from, to, today, within, allHeld, attendees, blocRows, planNodes, tasks));
		}
		return out;
	}

	private List<Figure> figuresOf(Long unitId, LocalDate from, LocalDate to, LocalDate today,
			java.util.function.Predicate<Long> within, List<Meeting> allHeld, Map<Long, Integer> attendees,
			List<BlocMeetingCheck.Row> blocRows, Map<Plan, List<PlanBoard.Node>> planNodes, List<MeetingTask> tasks) {
		String range = "&unit=" + unitId + "&from=" + from + "&to=" + to;
		List<Meeting> held = allHeld.stream().filter(m -> within.test(m.getOrganiserUnitId())).toList();
		List<Figure> figures = new ArrayList<>();
		for (Meeting.Kind kind : Meeting.Kind.values()) {
			figures.add(Figure.of(code(kind), held.stream().filter(m -> m.getKind() == kind).count(),
					"/planning/meetings?status=HELD&kind=" + kind + range));
		}
		figures.add(Figure.of("planning.meetings.attendees",
				held.stream().mapToLong(m -> attendees.getOrDefault(m.getId(), 0).longValue()).sum(),
				"/planning/meetings?status=HELD" + range));
		long due = 0;
		long heldBlocs = 0;
		for (BlocMeetingCheck.Row row : blocRows) {
			if (!within.test(row.unit().id())) {
				continue;
			}
			due++;
			heldBlocs += row.held() ? 1 : 0;
		}
		figures.add(Figure.of("planning.bloc-meetings.due", due, "/planning/meetings/bloc-check?unit=" + unitId + "&year=" + from.getYear()));
		figures.add(Figure.of("planning.bloc-meetings.held", heldBlocs, "/planning/meetings?status=HELD&kind=BLOC_MEETING" + range));
		long met = 0;
		long onTrack = 0;
		long behind = 0;
		long tasksDone = 0;
		long tasksOverdue = 0;
		for (Map.Entry<Plan, List<PlanBoard.Node>> entry : planNodes.entrySet()) {
			if (!within.test(entry.getKey().getOwnerUnitId())) {
				continue;
			}
			for (PlanBoard.Node node : entry.getValue()) {
				PlanItem item = node.item();
				if (item.isTarget()) {
					if (node.percent() != null && node.percent().compareTo(BigDecimal.valueOf(100)) >= 0) {
						met++;
					}
					else if (node.behind()) {
						behind++;
					}
					else {
						onTrack++;
					}
				}
				else if (item.getStatus() == PlanItem.Status.DONE) {
					tasksDone++;
				}
				else if (item.getDueOn() != null && item.getDueOn().isBefore(today) && !item.getDueOn().isAfter(to)) {
					tasksOverdue++;
				}
			}
		}
		for (MeetingTask task : tasks) {
			if (!within.test(task.getAssigneeUnitId())) {
				continue;
			}
			if (task.getStatus() == MeetingTask.Status.DONE && task.getDoneOn() != null && !task.getDoneOn().isBefore(from)
					&& !task.getDoneOn().isAfter(to)) {
				tasksDone++;
			}
			else if (task.getStatus() == MeetingTask.Status.OPEN && task.getDueOn().isBefore(today) && !task.getDueOn().isAfter(to)) {
				tasksOverdue++;
			}
		}
		figures.add(Figure.of("planning.targets.met", met, "/planning/plans?unit=" + unitId));
		figures.add(Figure.of("planning.targets.on-track", onTrack, "/planning/plans?unit=" + unitId));
		figures.add(Figure.of("planning.targets.behind", behind, "/planning/plans?unit=" + unitId));
		figures.add(Figure.of("planning.tasks.done", tasksDone, "/planning/tasks?unit=" + unitId));
		figures.add(Figure.of("planning.tasks.overdue", tasksOverdue, "/planning/tasks?overdue=true&unit=" + unitId));
		return figures;
	}

}
