package danvan.planning.web;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A task or target added to a plan. */
public class ItemForm implements java.io.Serializable {

	/** Kept in the session as a flash attribute after a refused form: with several nodes, the session is in Redis. */
	private static final long serialVersionUID = 1L;


	private danvan.planning.plan.PlanItem.Kind kind;

	private Long parentId;

	@Size(max = 1000)
	private String title;

	private BigDecimal weight;

	private Long leadUnitId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	@Size(max = 50)
	private String measure;

	private BigDecimal baseline;

	private BigDecimal targetValue;

	private danvan.planning.plan.PlanItem.Aggregation aggregation;

	private danvan.planning.plan.PlanItem.Direction direction;

	public danvan.planning.plan.PlanItem.Kind getKind() {
		return kind;
	}

	public void setKind(danvan.planning.plan.PlanItem.Kind kind) {
		this.kind = kind;
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public BigDecimal getWeight() {
		return weight;
	}

	public void setWeight(BigDecimal weight) {
		this.weight = weight;
	}

	public Long getLeadUnitId() {
		return leadUnitId;
	}

	public void setLeadUnitId(Long leadUnitId) {
		this.leadUnitId = leadUnitId;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public String getMeasure() {
		return measure;
	}

	public void setMeasure(String measure) {
		this.measure = measure;
	}

	public BigDecimal getBaseline() {
		return baseline;
	}

	public void setBaseline(BigDecimal baseline) {
		this.baseline = baseline;
	}

	public BigDecimal getTargetValue() {
		return targetValue;
	}

	public void setTargetValue(BigDecimal targetValue) {
		this.targetValue = targetValue;
	}

	public danvan.planning.plan.PlanItem.Aggregation getAggregation() {
		return aggregation;
	}

	public void setAggregation(danvan.planning.plan.PlanItem.Aggregation aggregation) {
		this.aggregation = aggregation;
	}

	public danvan.planning.plan.PlanItem.Direction getDirection() {
		return direction;
	}

	public void setDirection(danvan.planning.plan.PlanItem.Direction direction) {
		this.direction = direction;
	}

	danvan.planning.plan.ItemDraft draft() {
		boolean target = kind == danvan.planning.plan.PlanItem.Kind.TARGET;
		return new danvan.planning.plan.ItemDraft(kind, parentId, title, weight, leadUnitId, null, dueOn,
				target ? title : null, target ? measure : null, target ? baseline : null, target ? targetValue : null,
				target ? aggregation : null, target ? direction : null);
	}

}
