package danvan.reporting.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.platform.security.Role;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.reporting.figures.IndicatorFigures;
import danvan.reporting.report.Report;
import danvan.reporting.report.ReportService;
import danvan.reporting.report.ReportStatus;

/**
 * The board sets its reporting calendar and follows it: who owes which report by when, who has sent it, who is
 * late. The board's officers (over the calling unit) set calls; a unit's officers see the calls they owe and start
 * their report from one, pre-filled from their own records.
 */
@Service
public class ReportingCalendar {

	private static final List<Role> BOARD = List.of(Role.ADMIN, Role.BOARD_OFFICER);

	static final int MAX_REMIND_DAYS = 60;

	private final ReportingCallRepository calls;

	private final ReportService reports;

	private final OrgDirectory org;

	private final Clock clock;

	ReportingCalendar(ReportingCallRepository calls, ReportService reports, OrgDirectory org, Clock clock) {
		this.calls = calls;
		this.reports = reports;
		this.org = org;
		this.clock = clock;
	}

	/** What a board asks for when setting a call. */
	public record NewCall(String kindCode, Long boardUnitId, LocalDate from, LocalDate to, String periodLabel,
			LocalDate deadline, Integer remindDaysBefore, String note, List<Long> unitIds) {
	}

	/** A unit's answer to a call: its report if started, the status, when first sent, late or not. */
	public record Answer(Long unitId, String unitName, Report report, Instant firstSubmittedAt, boolean late,
			Instant remindedLateAt) {

		public ReportStatus status() {
			return report == null ? null : report.getStatus();
		}

		public boolean submitted() {
			return firstSubmittedAt != null;
		}

	}

	@Transactional
	public ReportingCall create(Actor actor, NewCall draft) {
		if (draft.kindCode() == null || reports.kinds().stream().noneMatch(k -> k.getCode().equals(draft.kindCode()))) {
			throw RuleViolationException.onField("kind", "reporting.report.unknownKind");
		}
		if (draft.boardUnitId() == null || !org.exists(draft.boardUnitId())) {
			throw RuleViolationException.onField("board", "reporting.figures.unitRequired");
		}
		if (!reaches(actor, draft.boardUnitId())) {
			throw new AccessDeniedException("reporting: not the board of unit " + draft.boardUnitId());
		}
		IndicatorFigures.requirePeriod(draft.from(), draft.to());
		String label = draft.periodLabel() == null ? "" : draft.periodLabel().strip();
		if (label.isEmpty() || label.length() > 100) {
			throw RuleViolationException.onField("periodLabel", "reporting.report.periodLabelRequired");
		}
		if (draft.deadline() == null) {
			throw RuleViolationException.onField("deadline", "reporting.calendar.deadlineRequired");
		}
		if (draft.deadline().isBefore(draft.from())) {
			throw RuleViolationException.onField("deadline", "reporting.calendar.deadlineBeforePeriod");
		}
		int remind = draft.remindDaysBefore() == null ? 3 : draft.remindDaysBefore();
		if (remind < 0 || remind > MAX_REMIND_DAYS) {
			throw RuleViolationException.onField("remindDaysBefore", "reporting.calendar.remindDays", MAX_REMIND_DAYS);
		}
		String note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
		if (note != null && note.length() > 1000) {
			throw RuleViolationException.onField("note", "reporting.report.noteTooLong");
		}
		List<Long> units = draft.unitIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(draft.unitIds()));
		if (units.isEmpty()) {
			throw RuleViolationException.onField("units", "reporting.calendar.unitsRequired");
		}
		for (Long unit : units) {
			if (unit == null || !org.exists(unit) || unit.equals(draft.boardUnitId())
					|| !org.isWithin(unit, draft.boardUnitId())) {
				throw RuleViolationException.onField("units", "reporting.calendar.unitOutsideBoard");
			}
			org.requireOpenOn(unit, draft.from(), "units");
		}
		return calls.save(new ReportingCall(draft.kindCode(), draft.boardUnitId(), draft.from(), draft.to(), label,
				draft.deadline(), remind, note, units, actor.username(), clock.instant()));
	}

	/** The calls the person follows: set by a board they work for, or owed by a unit they reach. */
	@Transactional(readOnly = true)
	public List<ReportingCall> visibleTo(Actor actor) {
		return calls.findAllByOrderByDeadlineDescIdDesc().stream().filter(c -> sees(actor, c)).toList();
	}

	@Transactional(readOnly = true)
	public ReportingCall get(Actor actor, Long id) {
		ReportingCall call = calls.findById(id).orElseThrow(NotFoundException::record);
		if (!sees(actor, call)) {
			throw new AccessDeniedException("reporting: call " + id + " outside the actor's grants");
		}
		call.getUnits().size();
		return call;
	}

	/** Each unit of the call the person reaches, with its report, in name order; late ones flagged. */
	@Transactional(readOnly = true)
	public List<Answer> answers(Actor actor, ReportingCall call) {
		Map<Long, Report> byUnit = reports.forPeriod(call.getKindCode(), call.getPeriodFrom(), call.getPeriodTo())
			.stream()
			.collect(Collectors.toMap(Report::getUnitId, Function.identity(), (a, b) -> a.getId() < b.getId() ? a : b));
		Instant now = clock.instant();
		return call.getUnits()
			.stream()
			.filter(u -> org.reaches(actor, u.getUnitId()))
			.map(u -> {
				Report report = byUnit.get(u.getUnitId());
				Optional<Instant> first = report == null ? Optional.empty() : report.firstSubmittedAt();
				return new Answer(u.getUnitId(), org.nameOf(u.getUnitId()).orElse(""), report, first.orElse(null),
						call.isLate(first, now), u.getRemindedLateAt());
			})
			.sorted(Comparator.comparing(Answer::unitName))
			.toList();
	}

	/** The unit's report for the call: the one already started, or a new one pre-filled from its own records. */
	@Transactional
	public Report startReport(Actor actor, Long callId, Long unitId) {
		ReportingCall call = get(actor, callId);
		if (call.unit(unitId).isEmpty()) {
			throw RuleViolationException.onField("unit", "reporting.calendar.notOwed");
		}
		return answers(actor, call).stream()
			.filter(a -> a.unitId().equals(unitId) && a.report() != null)
			.map(Answer::report)
			.findFirst()
			.orElseGet(() -> reports.create(actor, new ReportService.NewReport(call.getKindCode(), unitId, null,
					call.getPeriodFrom(), call.getPeriodTo(), call.getPeriodLabel())));
	}

	/** The board's own report for the call's period: its records plus the accepted unit reports, quoted. */
	@Transactional
	public Report startBoardReport(Actor actor, Long callId) {
		ReportingCall call = get(actor, callId);
		if (!reaches(actor, call.getBoardUnitId())) {
			throw new AccessDeniedException("reporting: not the board of call " + callId);
		}
		return reports.forPeriod(call.getKindCode(), call.getPeriodFrom(), call.getPeriodTo())
			.stream()
			.filter(r -> r.getUnitId().equals(call.getBoardUnitId()))
			.findFirst()
			.orElseGet(() -> reports.create(actor, new ReportService.NewReport(call.getKindCode(),
					call.getBoardUnitId(), null, call.getPeriodFrom(), call.getPeriodTo(), call.getPeriodLabel())));
	}

	public boolean isBoard(Actor actor, ReportingCall call) {
		return reaches(actor, call.getBoardUnitId());
	}

	public boolean mayStart(Actor actor, Long unitId) {
		return actor.grantsFor(List.of(Role.ADMIN, Role.BOARD_OFFICER, Role.UNIT_OFFICER))
			.stream()
			.anyMatch(g -> g.isGlobal() || org.isWithin(unitId, g.scopeUnitId()));
	}

	private boolean sees(Actor actor, ReportingCall call) {
		return org.reaches(actor, call.getBoardUnitId())
				|| call.getUnits().stream().anyMatch(u -> org.reaches(actor, u.getUnitId()));
	}

	private boolean reaches(Actor actor, Long unitId) {
		return actor.grantsFor(BOARD).stream().anyMatch(g -> g.isGlobal() || org.isWithin(unitId, g.scopeUnitId()));
	}

}
