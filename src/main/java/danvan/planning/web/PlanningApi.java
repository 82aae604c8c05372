package danvan.planning.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import danvan.planning.PlanningAccess;
import danvan.planning.meeting.Meeting;
import danvan.planning.meeting.MeetingService;
import danvan.planning.plan.Plan;
import danvan.planning.plan.PlanBoard;
import danvan.planning.plan.PlanService;
import danvan.platform.figures.Figure;
import danvan.platform.figures.FigureQuery;
import danvan.platform.figures.Figures;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.RuleViolationException;

/** Plans with their targets' roll-up, meetings and planning's figures, for scripts and integrations. */
@RestController
@RequestMapping("/api/planning")
@Tag(name = "planning.api.tag", description = "planning.api.tag.description")
class PlanningApi {

	record PlanRow(Long id, Plan.Kind kind, String title, String docNumber, LocalDate docDate, LocalDate periodFrom,
			LocalDate periodTo, Long ownerUnitId, int revision, Long previousId, Plan.Status status) {

		static PlanRow of(Plan p) {
			return new PlanRow(p.getId(), p.getKind(), p.getTitle(), p.getDocNumber(), p.getDocDate(), p.getPeriodFrom(),
					p.getPeriodTo(), p.getOwnerUnitId(), p.getRevision(), p.getPreviousId(), p.getStatus());
		}

	}

	record ItemRow(Long id, Long parentId, String kind, String title, BigDecimal weight, Long leadUnitId, LocalDate dueOn,
			String status, String indicator, String unit, BigDecimal baseline, BigDecimal target, BigDecimal achieved,
			BigDecimal percent, boolean behind) {
	}

	record PlanTree(PlanRow plan, Long unitId, String period, BigDecimal progress, List<ItemRow> items) {
	}

	record MeetingRow(Long id, String title, Meeting.Kind kind, LocalDateTime start, LocalDateTime end, String place,
			Long organiserUnitId, Meeting.Status status, int attendees) {
	}

	record FigureRow(String code, BigDecimal value, String recordsPath) {
	}

	private final PlanService plans;

	private final PlanBoard boards;

	private final MeetingService meetings;

	private final Figures figures;

	private final PlanningAccess access;

	PlanningApi(PlanService plans, PlanBoard boards, MeetingService meetings, Figures figures, PlanningAccess access) {
		this.plans = plans;
		this.boards = boards;
		this.meetings = meetings;
		this.figures = figures;
		this.access = access;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/plans")
	@Operation(summary = "planning.api.plans.summary", description = "planning.api.plans.description")
	@ApiResponse(responseCode = "200", description = "planning.api.plans.ok")
	List<PlanRow> plans() {
		return plans.list(CurrentActor.require(), PlanService.Filter.none()).stream().map(PlanRow::of).toList();
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/plans/{id}")
	@Operation(summary = "planning.api.plan.summary", description = "planning.api.plan.description")
	@ApiResponse(responseCode = "200", description = "planning.api.plan.ok")
	PlanTree plan(@Parameter(description = "planning.api.plan.id") @PathVariable Long id) {
		PlanBoard.Board board = boards.board(CurrentActor.require(), id, null, null);
		List<ItemRow> items = board.nodes().stream().map(n -> new ItemRow(n.item().getId(), n.item().getParentId(),
				n.item().getKind().name(), n.item().getTitle(), n.item().getWeight(), n.item().getLeadUnitId(), n.item().getDueOn(),
				n.item().getStatus().name(), n.item().getIndicator(), n.item().getMeasure(), n.item().getBaseline(),
				n.cell() == null ? (n.item().isTarget() ? n.item().getTargetValue() : null) : n.cell().target(),
				n.cell() == null ? null : n.cell().achieved(), n.percent(), n.behind())).toList();
		return new PlanTree(PlanRow.of(board.plan()), board.unitId(), board.period() == null ? null : board.period().getCode(),
				board.progress(), items);
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/meetings")
	@Operation(summary = "planning.api.meetings.summary", description = "planning.api.meetings.description")
	@ApiResponse(responseCode = "200", description = "planning.api.meetings.ok")
	List<MeetingRow> meetings(
			@Parameter(description = "planning.api.meetings.from") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "planning.api.meetings.to") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "planning.api.meetings.unit") @RequestParam(required = false) Long unit) {
		if (from != null && to != null && to.isBefore(from)) {
			throw RuleViolationException.onField("to", "planning.api.period.order");
		}
		List<Meeting> found = meetings.list(CurrentActor.require(), new MeetingService.Filter(unit, null, null, from, to, null));
		Map<Long, Integer> attendees = meetings.attendees(found.stream().map(Meeting::getId).toList());
		return found.stream().map(m -> new MeetingRow(m.getId(), m.getTitle(), m.getKind(), m.getStartsAt(), m.getEndsAt(),
				m.getPlace(), m.getOrganiserUnitId(), m.getStatus(), attendees.getOrDefault(m.getId(), 0))).toList();
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/figures")
	@Operation(summary = "planning.api.figures.summary", description = "planning.api.figures.description")
	@ApiResponse(responseCode = "200", description = "planning.api.figures.ok")
	List<FigureRow> figures(@Parameter(description = "planning.api.figures.unit") @RequestParam Long unit,
			@Parameter(description = "planning.api.figures.from") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "planning.api.figures.to") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		Actor actor = CurrentActor.require();
		if (to.isBefore(from)) {
			throw RuleViolationException.onField("to", "planning.api.period.order");
		}
		if (!access.canRead(actor, unit)) {
			throw new AccessDeniedException("planning: unit outside scope");
		}
		return figures.figures(new FigureQuery(unit, from, to))
			.stream()
			.filter(f -> f.code().startsWith("planning."))
			.map(f -> new FigureRow(f.code(), f.value(), f.recordsPath()))
			.toList();
	}

	static FigureRow row(Figure f) {
		return new FigureRow(f.code(), f.value(), f.recordsPath());
	}

}
