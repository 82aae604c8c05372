package danvan.planning.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.planning.PlanningAccess;
import danvan.planning.meeting.Invitation;
import danvan.planning.meeting.Meeting;
import danvan.planning.meeting.MeetingService;
import danvan.planning.meeting.MeetingTask;
import danvan.planning.plan.Plan;
import danvan.planning.plan.PlanItem;
import danvan.planning.plan.PlanBoard;
import danvan.planning.plan.PlanService;
import danvan.planning.plan.ReportingPeriod;
import danvan.platform.calendar.Deadline;
import danvan.platform.calendar.DeadlineSource;
import danvan.platform.security.Actor;
import danvan.platform.security.PathAccess;

/**
 * A person's calendar: the meetings their units organise or are invited to, and the deadlines of plan tasks,
 * conclusion tasks and target reports; also as an iCalendar feed behind a secret address.
 */
@Service
@Transactional(readOnly = true)
public class CalendarService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MeetingService meetings;

	private final PlanService plans;

	private final PlanningAccess access;

	private final CalendarTokenRepository tokens;

	private final UserDetailsService accounts;

	private final Clock clock;

	private final OrgDirectory org;

	private final List<DeadlineSource> deadlines;

	private final PlanBoard boards;

	private final PathAccess paths;

	CalendarService(MeetingService meetings, PlanService plans, PlanningAccess access, CalendarTokenRepository tokens,
			UserDetailsService accounts, Clock clock, OrgDirectory org, List<DeadlineSource> deadlines, PlanBoard boards,
			PathAccess paths) {
		this.boards = boards;
		this.paths = paths;
		this.org = org;
		this.deadlines = List.copyOf(deadlines);
		this.meetings = meetings;
		this.plans = plans;
		this.access = access;
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Everything on the person's calendar from {@code from} to {@code to}, optionally narrowed to one unit. */
	public List<CalendarEntry> entries(Actor actor, LocalDate from, LocalDate to, Long unitId) {
		List<CalendarEntry> entries = new ArrayList<>();
		Mine mine = new Mine(org.readableUnits(actor),
				unitId == null ? null : access.canRead(actor, unitId) ? org.unitIdsWithin(unitId) : Set.of());
		List<Meeting> found = meetings.between(from, to);
		Map<Long, List<Invitation>> invited = meetings.invitationsOf(found.stream().map(Meeting::getId).toList());
		for (Meeting m : found) {
			List<Long> units = new ArrayList<>();
			units.add(m.getOrganiserUnitId());
			invited.getOrDefault(m.getId(), List.of()).forEach(i -> units.add(i.getUnitId()));
			if (m.getStatus() != Meeting.Status.CANCELLED && units.stream().anyMatch(mine::test)) {
				entries.add(new CalendarEntry("meeting-" + m.getId(), "MEETING_" + m.getKind(), m.getTitle(), m.getStartsAt(),
						m.getEndsAt(), false, m.getPlace(), "/planning/meetings/" + m.getId()));
			}
		}
		for (MeetingTask t : meetings.tasksDue(from, to)) {
			if (t.getStatus() == MeetingTask.Status.OPEN && mine.test(t.getAssigneeUnitId())) {
				entries.add(new CalendarEntry("meeting-task-" + t.getId(), "MEETING_TASK", t.getText(), t.getDueOn().atStartOfDay(),
						t.getDueOn().atStartOfDay(), true, null, "/planning/meetings/" + t.getMeetingId()));
			}
		}
		for (Plan plan : plans.list(actor, PlanService.Filter.none())) {
			if (plan.getStatus() != Plan.Status.CURRENT || plan.getPeriodTo().isBefore(from) || plan.getPeriodFrom().isAfter(to)) {
				continue;
			}
			boolean hasTargets = false;
			for (PlanItem item : plans.items(plan.getId())) {
				hasTargets |= item.isTarget();
				if (!item.isTarget() && item.getDueOn() != null && !item.getDueOn().isBefore(from) && !item.getDueOn().isAfter(to)
						&& item.getStatus() != PlanItem.Status.DONE && item.getLeadUnitId() != null
						&& mine.test(item.getLeadUnitId())) {
					entries.add(new CalendarEntry("plan-task-" + item.getId(), "PLAN_TASK", item.getTitle(),
							item.getDueOn().atStartOfDay(), item.getDueOn().atStartOfDay(), true, null, "/planning/plans/" + plan.getId()));
				}
			}
			if (hasTargets) {
				for (ReportingPeriod period : boards.periodsOf(plan, plan.getReportEvery())) {
					LocalDate end = period.getEndsOn();
					if (!end.isBefore(from) && !end.isAfter(to) && (unitId == null || access.canRead(actor, unitId))) {
						entries.add(new CalendarEntry("report-" + plan.getId() + "-" + end, "REPORTING", plan.getTitle(),
								end.atStartOfDay(), end.atStartOfDay(), true, null, "/planning/plans/" + plan.getId()));
					}
				}
			}
		}
		for (DeadlineSource source : deadlines) {
			for (Deadline d : source.deadlines(actor, from, to)) {
				// the source has applied the reader's grants, and the page it links to must let the reader in (an editor
				// with a grant over the province does not open emulation's movements); a unit chosen narrows to its subtree
				if (d.due().isBefore(from) || d.due().isAfter(to) || !paths.mayOpen(actor, d.link())
						|| unitId != null && (d.unitId() == null || !mine.test(d.unitId()))) {
					continue;
				}
				entries.add(new CalendarEntry("deadline-" + d.uid(), d.labelKey(), d.title(), d.due().atStartOfDay(),
						d.due().atStartOfDay(), true, null, d.link()));
			}
		}
		entries.sort(Comparator.comparing(CalendarEntry::start).thenComparing(CalendarEntry::title));
		return entries;
	}

	/**
	 * A unit is the person's when one of their grants reaches it ({@code readable} null for a system-wide grant)
	 * and, with a unit chosen, it lies within that unit's subtree ({@code within}; empty if the person may not read
	 * the unit chosen). Both sets are read once per calendar, through mergers.
	 */
	private record Mine(Set<Long> readable, Set<Long> within) {

		boolean test(Long unit) {
			return unit != null && (readable == null || readable.contains(unit)) && (within == null || within.contains(unit));
		}

	}

	/** The person's calendar address token, made on first use. */
	@Transactional
	public String tokenOf(Actor actor) {
		return tokens.findByUsername(actor.username())
			.orElseGet(() -> tokens.save(new CalendarToken(actor.username(), fresh(), clock.instant())))
			.getToken();
	}

	@Transactional
	public String renew(Actor actor) {
		CalendarToken token = tokens.findByUsername(actor.username()).orElse(null);
		if (token == null) {
			return tokenOf(actor);
		}
		token.renew(fresh(), clock.instant());
		return token.getToken();
	}

	/** The feed for a token: the owner's meetings and deadlines from three months back to a year ahead. */
	public Optional<String> feed(String token, String baseUrl) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
			return Optional.empty();
		}
		return tokens.findByToken(token).flatMap(t -> actorOf(t.getUsername())).map(actor -> {
			LocalDate today = today();
			return ICalendarWriter.write("danvan — " + actor.displayName(), entries(actor, today.minusMonths(3), today.plusYears(1), null),
					baseUrl, clock.instant());
		});
	}

	private Optional<Actor> actorOf(String username) {
		try {
			Object user = accounts.loadUserByUsername(username);
			if (user instanceof Actor actor && (!(user instanceof org.springframework.security.core.userdetails.UserDetails d)
					|| (d.isEnabled() && d.isAccountNonLocked()))) {
				return Optional.of(actor);
			}
			return Optional.empty();
		}
		catch (UsernameNotFoundException e) {
			return Optional.empty();
		}
	}

	private static String fresh() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
