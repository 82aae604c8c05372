package danvan.oversight.plan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.oversight.OversightAccess;
import danvan.oversight.inspection.Inspection;
import danvan.oversight.inspection.InspectionService;
import danvan.platform.security.Actor;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;

/** Annual programmes: the inspections planned in them, and how many of those have been concluded. */
@Service
@Transactional
public class InspectionPlanService {

	/** A plan with the inspections planned in it and those concluded (conclusion notice issued). */
	public record Progress(InspectionPlan plan, List<Inspection> planned, long done) {

		public int getPercent() {
			return planned.isEmpty() ? 0 : (int) Math.round(100.0 * done / planned.size());
		}

	}

	private final InspectionPlanRepository plans;

	private final InspectionService inspections;

	private final OversightAccess access;

	private final OrgDirectory org;

	InspectionPlanService(InspectionPlanRepository plans, InspectionService inspections, OversightAccess access, OrgDirectory org) {
		this.plans = plans;
		this.inspections = inspections;
		this.access = access;
		this.org = org;
	}

	@Transactional(readOnly = true)
	public List<Progress> visibleTo(Actor actor) {
		return plans.findAllByOrderByYearDescIdAsc()
			.stream()
			.filter(p -> access.canRead(actor, p.getOwnerUnitId()))
			.map(this::progress)
			.toList();
	}

	@Transactional(readOnly = true)
	public Progress get(Actor actor, Long id) {
		InspectionPlan plan = plans.findById(id).orElseThrow(NotFoundException::record);
		access.requireRead(access.canRead(actor, plan.getOwnerUnitId()));
		return progress(plan);
	}

	/** The plans an actor may attach a new inspection to. */
	@Transactional(readOnly = true)
	public List<InspectionPlan> handledBy(Actor actor) {
		return plans.findAllByOrderByYearDescIdAsc().stream().filter(p -> access.canHandle(actor, p.getOwnerUnitId())).toList();
	}

	public InspectionPlan create(Actor actor, Long ownerUnitId, int year, String title, String approvingDocument,
			LocalDate approvedOn) {
		if (ownerUnitId == null || !org.exists(ownerUnitId)) {
			throw RuleViolationException.onField("ownerUnitId", "oversight.plan.owner.required");
		}
		access.requireHandle(actor, ownerUnitId);
		if (year < 2000 || year > 2100) {
			throw RuleViolationException.onField("year", "oversight.plan.year.range");
		}
		if (title == null || title.isBlank()) {
			throw RuleViolationException.onField("title", "oversight.plan.title.required");
		}
		return plans.save(new InspectionPlan(ownerUnitId, year, title.trim(), approvingDocument, approvedOn, actor.username()));
	}

	private Progress progress(InspectionPlan plan) {
		List<Inspection> planned = inspections.ofPlan(plan.getId());
		return new Progress(plan, planned, planned.stream().filter(i -> i.getStatus().concluded()).count());
	}

}
