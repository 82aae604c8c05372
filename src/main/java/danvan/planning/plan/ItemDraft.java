package danvan.planning.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A task or a target of a plan, as a form or the demo data gives it. */
public record ItemDraft(PlanItem.Kind kind, Long parentId, String title, BigDecimal weight, Long leadUnitId,
		String partnerUnitIds, LocalDate dueOn, String indicator, String measure, BigDecimal baseline,
		BigDecimal targetValue, PlanItem.Aggregation aggregation, PlanItem.Direction direction) {

	public static ItemDraft task(Long parentId, String title, Long leadUnitId, LocalDate dueOn) {
		return new ItemDraft(PlanItem.Kind.TASK, parentId, title, BigDecimal.ONE, leadUnitId, null, dueOn, null, null,
				null, null, null, null);
	}

	public static ItemDraft target(Long parentId, String indicator, String measure, BigDecimal baseline,
			BigDecimal targetValue, PlanItem.Aggregation aggregation, Long leadUnitId, LocalDate dueOn) {
		return new ItemDraft(PlanItem.Kind.TARGET, parentId, indicator, BigDecimal.ONE, leadUnitId, null, dueOn,
				indicator, measure, baseline, targetValue, aggregation, PlanItem.Direction.GROW);
	}

	public ItemDraft weighted(BigDecimal w) {
		return new ItemDraft(kind, parentId, title, w, leadUnitId, partnerUnitIds, dueOn, indicator, measure, baseline,
				targetValue, aggregation, direction);
	}

}
