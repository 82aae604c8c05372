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
		String range = "&unit=" + q.unitId() + "&from=" + q.from() + "&to=" + q.to();
		List<Meeting> held = meetings.heldBetween(q.from(), q.to())
			.stream()
			.filter(m -> org.isWithin(m.getOrganiserUnitId(), q.unitId()))
			.toList();
		List<Figure> figures = new ArrayList<>();
		for (Meeting.Kind kind : Meeting.Kind.values()) {
			figures.add(Figure.of(code(kind), held.stream().filter(m -> m.getKind() == kind).count(),
					"/planning/meetings?status=HELD&kind=" + kind + range));
		}
		Map<Long, Integer> attendees = meetings.attendees(held.stream().map(Meeting::getId).toList());
		figures.add(Figure.of("planning.meetings.attendees", attendees.values().stream().mapToLong(Integer::longValue).sum(),
				"/planning/meetings?status=HELD" + range));
		LocalDate today = LocalDate.now(clock);
		long due = 0;
		long heldBlocs = 0;
		for (int year = q.from().getYear(); year <= q.to().getYear(); year++) {
			for (BlocMeetingCheck.Row row : blocs.check(null, year, today)) {
				LocalDate start = LocalDate.of(row.year(), row.quarter() * 3 - 2, 1);
				if (start.isBefore(q.from()) || start.plusMonths(3).minusDays(1).isAfter(q.to())
						|| !org.isWithin(row.unit().id(), q.unitId())) {
					continue;
				}
				due++;
				heldBlocs += row.held() ? 1 : 0;
			}
		}
		figures.add(Figure.of("planning.bloc-meetings.due", due, "/planning/meetings/bloc-check?unit=" + q.unitId() + "&year=" + q.from().getYear()));
		figures.add(Figure.of("planning.bloc-meetings.held", heldBlocs, "/planning/meetings?status=HELD&kind=BLOC_MEETING" + range));
		long met = 0;
		long onTrack = 0;
		long behind = 0;
		long tasksDone = 0;
		long tasksOverdue = 0;
		LocalDate asOf = q.to().isBefore(today) ? q.to() : today;
		for (Plan plan : plans.counted()) {
			if (plan.getStatus() != Plan.Status.CURRENT || plan.getPeriodFrom().isAfter(q.to()) || plan.getPeriodTo().isBefore(q.from())
					|| !org.isWithin(plan.getOwnerUnitId(), q.unitId())) {
				continue;
			}
			Long periodId = boards.periodsOf(plan, plan.getReportEvery()).stream()
				.filter(p -> !p.getEndsOn().isAfter(asOf))
				.reduce((a, b) -> b)
				.map(danvan.planning.plan.ReportingPeriod::getId)
				.orElse(null);
			for (PlanBoard.Node node : boards.counted(plan, periodId).nodes()) {
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
				else if (item.getDueOn() != null && item.getDueOn().isBefore(today) && !item.getDueOn().isAfter(q.to())) {
					tasksOverdue++;
				}
			}
		}
		for (MeetingTask task : meetings.allTasks()) {
			if (!org.isWithin(task.getAssigneeUnitId(), q.unitId())) {
				continue;
			}
			if (task.getStatus() == MeetingTask.Status.DONE && task.getDoneOn() != null && !task.getDoneOn().isBefore(q.from())
					&& !task.getDoneOn().isAfter(q.to())) {
				tasksDone++;
			}
			else if (task.getStatus() == MeetingTask.Status.OPEN && task.getDueOn().isBefore(today) && !task.getDueOn().isAfter(q.to())) {
				tasksOverdue++;
			}
		}
		figures.add(Figure.of("planning.targets.met", met, "/planning/plans?unit=" + q.unitId()));
		figures.add(Figure.of("planning.targets.on-track", onTrack, "/planning/plans?unit=" + q.unitId()));
		figures.add(Figure.of("planning.targets.behind", behind, "/planning/plans?unit=" + q.unitId()));
		figures.add(Figure.of("planning.tasks.done", tasksDone, "/planning/tasks?unit=" + q.unitId()));
		figures.add(Figure.of("planning.tasks.overdue", tasksOverdue, "/planning/tasks?overdue=true&unit=" + q.unitId()));
		return figures;
	}

}
