package danvan.oversight.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import danvan.oversight.OversightFigures;
import danvan.oversight.directive.DirectiveService;
import danvan.oversight.directive.IssuerLevel;
import danvan.oversight.inspection.Fulfilment;
import danvan.oversight.inspection.Inspection;
import danvan.oversight.inspection.InspectionFilter;
import danvan.oversight.inspection.InspectionForm;
import danvan.oversight.inspection.InspectionKind;
import danvan.oversight.inspection.InspectionService;
import danvan.oversight.inspection.InspectionStatus;
import danvan.oversight.inspection.Recommendation;
import danvan.oversight.inspection.RecommendationService;
import danvan.oversight.inspection.RecommendationStatus;
import danvan.platform.figures.Figure;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;

/** Inspections with their recommendations, directives with their unit grid, and the figures, for integrations. */
@RestController
@RequestMapping("/api/oversight")
@Tag(name = "oversight.api.tag", description = "oversight.api.tag.description")
class OversightApi {

	record InspectionRow(Long id, InspectionKind kind, InspectionForm form, String title, Long bodyUnitId,
			Set<Long> inspectedUnitIds, List<Long> inspectedOfficialIds, Set<String> topics, LocalDate workFrom, LocalDate workTo, InspectionStatus status,
			String decisionNumber, LocalDate decisionDate, String conclusionNumber, LocalDate conclusionDate) {

		static InspectionRow of(Inspection i) {
			return new InspectionRow(i.getId(), i.getKind(), i.getForm(), i.getTitle(), i.getBodyUnitId(),
					i.getInspectedUnitIds(), i.getInspectedOfficials().stream().map(o -> o.getOfficialId()).toList(), i.getTopics(), i.getWorkFrom(), i.getWorkTo(), i.getStatus(),
					i.getDecisionNumber(), i.getDecisionDate(), i.getConclusionNumber(), i.getConclusionDate());
		}

	}

	record RecommendationRow(Long id, String text, Long addresseeUnitId, Long addresseeOfficialId, LocalDate due, RecommendationStatus status,
			LocalDate repliedOn, LocalDate acceptedOn, LocalDate escalatedOn) {

		static RecommendationRow of(Recommendation r, LocalDate today) {
			return new RecommendationRow(r.getId(), r.getText(), r.getAddresseeUnitId(), r.getAddresseeOfficialId(), r.getDue(), r.statusOn(today),
					r.getRepliedOn(), r.getAcceptedOn(), r.getEscalatedOn());
		}

	}

	record InspectionDetail(@JsonUnwrapped InspectionRow inspection, List<RecommendationRow> recommendations, long accepted, long total,
			Integer fulfilmentPercent) {
	}

	record DirectiveRow(Long id, String number, String issuer, IssuerLevel level, LocalDate issuedOn, String summary,
			Long ownerUnitId, LocalDate disseminateBy, int unitsRequired, int unitsDone, int unitsLate) {

		static DirectiveRow of(DirectiveService.Tally g) {
			var d = g.directive();
			int late = g.counts().get(danvan.oversight.directive.Dissemination.LATE)
					+ g.counts().get(danvan.oversight.directive.Dissemination.SILENT);
			return new DirectiveRow(d.getId(), d.getNumber(), d.getIssuer(), d.getIssuerLevel(), d.getIssuedOn(),
					d.getSummary(), d.getOwnerUnitId(), d.getDisseminateBy(), g.total(),
					g.counts().get(danvan.oversight.directive.Dissemination.DONE), late);
		}

	}

	record UnitRow(Long unitId, String status, LocalDate disseminatedOn, int participants, Integer sessions,
			Integer officials, Integer partyMembers, Integer people) {
	}

	record DirectiveDetail(@JsonUnwrapped DirectiveRow directive, List<UnitRow> units) {
	}

	record FigureRow(String code, BigDecimal value, String recordsPath) {
	}

	private final InspectionService inspections;

	private final RecommendationService recommendations;

	private final DirectiveService directives;

	private final OversightFigures figures;

	private final FigureScope scope;

	OversightApi(InspectionService inspections, RecommendationService recommendations, DirectiveService directives,
			OversightFigures figures, FigureScope scope) {
		this.inspections = inspections;
		this.recommendations = recommendations;
		this.directives = directives;
		this.figures = figures;
		this.scope = scope;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/inspections")
	@Operation(summary = "oversight.api.inspections.summary", description = "oversight.api.inspections.description")
	List<InspectionRow> inspections(
			@Parameter(description = "oversight.api.param.year") @RequestParam(required = false) Integer year,
			@Parameter(description = "oversight.api.param.unit") @RequestParam(required = false) Long unit,
			@Parameter(description = "oversight.api.param.status") @RequestParam(required = false) InspectionStatus status) {
		return inspections.list(CurrentActor.require(),
				new InspectionFilter(unit, year, null, null, null, status, null, null, null, null, null, null))
			.stream()
			.map(InspectionRow::of)
			.toList();
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/inspections/{id}")
	@Operation(summary = "oversight.api.inspection.summary", description = "oversight.api.inspection.description")
	InspectionDetail inspection(@Parameter(description = "oversight.api.param.inspectionId") @PathVariable Long id) {
		Actor actor = CurrentActor.require();
		Inspection i = inspections.get(actor, id);
		List<Recommendation> recs = recommendations.of(actor, i);
		LocalDate today = inspections.today();
		Fulfilment rate = Fulfilment.of(recs);
		return new InspectionDetail(InspectionRow.of(i), recs.stream().map(r -> RecommendationRow.of(r, today)).toList(),
				rate.accepted(), rate.total(), rate.percent());
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/directives")
	@Operation(summary = "oversight.api.directives.summary", description = "oversight.api.directives.description")
	List<DirectiveRow> directives() {
		Actor actor = CurrentActor.require();
		return directives.tallies(actor, directives.list(actor, null, null, null, null))
			.stream()
			.map(DirectiveRow::of)
			.toList();
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/directives/{id}")
	@Operation(summary = "oversight.api.directive.summary", description = "oversight.api.directive.description")
	DirectiveDetail directive(@Parameter(description = "oversight.api.param.directiveId") @PathVariable Long id) {
		DirectiveService.Grid grid = directives.grid(CurrentActor.require(), id);
		return new DirectiveDetail(DirectiveRow.of(grid.tally()), grid.rows()
			.stream()
			.map(r -> new UnitRow(r.unit().getUnitId(), r.status().apiStatus(), r.unit().getDisseminatedOn(),
					r.unit().getParticipants(), r.unit().getSessions(), r.unit().getOfficials(),
					r.unit().getPartyMembers(), r.unit().getPeople()))
			.toList());
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/figures")
	@Operation(summary = "oversight.api.figures.summary", description = "oversight.api.figures.description")
	List<FigureRow> figures(@Parameter(description = "oversight.api.param.figureUnit") @RequestParam(required = false) Long unit,
			@Parameter(description = "oversight.api.param.from") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "oversight.api.param.to") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		List<Figure> counted = figures.figures(scope.query(CurrentActor.require(), unit, from, to).query());
		return counted.stream().map(f -> new FigureRow(f.code(), f.value(), f.recordsPath())).toList();
	}

}
