package danvan.planning.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.audit.AuditTrail;

/**
 * A node of a plan's tree: a task (text, lead and partner units, due date, status, progress in percent) or a
 * measurable target (indicator, unit of measure, baseline, target value, split to units). Its weight in the plan's
 * progress is data.
 */
@Entity
@Table(name = "planning_item")
@AuditTrail("PlanItem")
public class PlanItem {

	public enum Kind {
		TASK, TARGET
	}

	public enum Status {
		NOT_STARTED, IN_PROGRESS, DONE
	}

	/** How units' values combine up the tree. */
	public enum Aggregation {
		SUM, AVERAGE
	}

	public enum Direction {
		GROW, REDUCE
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long planId;

	private Long parentId;

	private int position;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String title;

	private BigDecimal weight = BigDecimal.ONE;

	private Long leadUnitId;

	private String partnerUnitIds;

	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private Status status = Status.NOT_STARTED;

	private int progressPercent;

	private String progressNote;

	private String indicator;

	private String measure;

	private BigDecimal baseline;

	private BigDecimal targetValue;

	@Enumerated(EnumType.STRING)
	private Aggregation aggregation;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	@Version
	private long version;

	protected PlanItem() {
	}

	PlanItem(Long planId, int position) {
		this.planId = planId;
		this.position = position;
	}

	void describe(ItemDraft d) {
		this.kind = d.kind();
		this.parentId = d.parentId();
		this.title = d.title().strip();
		this.weight = d.weight() == null ? BigDecimal.ONE : d.weight();
		this.leadUnitId = d.leadUnitId();
		this.partnerUnitIds = d.partnerUnitIds();
		this.dueOn = d.dueOn();
		if (d.kind() == Kind.TARGET) {
			this.indicator = d.indicator();
			this.measure = d.measure();
			this.baseline = d.baseline();
			this.targetValue = d.targetValue();
			this.aggregation = d.aggregation() == null ? Aggregation.SUM : d.aggregation();
			this.direction = d.direction() == null ? Direction.GROW : d.direction();
		}
	}

	/** A copy for another plan (a new period or a revision), under the copied parent. */
	PlanItem copyTo(Long otherPlanId, Long otherParentId) {
		PlanItem copy = new PlanItem(otherPlanId, position);
		copy.kind = kind;
		copy.parentId = otherParentId;
		copy.title = title;
		copy.weight = weight;
		copy.leadUnitId = leadUnitId;
		copy.partnerUnitIds = partnerUnitIds;
		copy.dueOn = dueOn;
		copy.indicator = indicator;
		copy.measure = measure;
		copy.baseline = baseline;
		copy.targetValue = targetValue;
		copy.aggregation = aggregation;
		copy.direction = direction;
		return copy;
	}

	void report(int percent, String note) {
		this.progressPercent = percent;
		this.progressNote = note;
		this.status = percent >= 100 ? Status.DONE : percent > 0 ? Status.IN_PROGRESS : Status.NOT_STARTED;
	}

	public boolean isTarget() {
		return kind == Kind.TARGET;
	}

	public boolean isOverdue(LocalDate today) {
		return kind == Kind.TASK && status != Status.DONE && dueOn != null && dueOn.isBefore(today);
	}

	public Long getId() {
		return id;
	}

	public Long getPlanId() {
		return planId;
	}

	public Long getParentId() {
		return parentId;
	}

	public int getPosition() {
		return position;
	}

	public Kind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public BigDecimal getWeight() {
		return weight;
	}

	public Long getLeadUnitId() {
		return leadUnitId;
	}

	public String getPartnerUnitIds() {
		return partnerUnitIds;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public Status getStatus() {
		return status;
	}

	public int getProgressPercent() {
		return progressPercent;
	}

	public String getProgressNote() {
		return progressNote;
	}

	public String getIndicator() {
		return indicator;
	}

	public String getMeasure() {
		return measure;
	}

	public BigDecimal getBaseline() {
		return baseline;
	}

	public BigDecimal getTargetValue() {
		return targetValue;
	}

	public Aggregation getAggregation() {
		return aggregation;
	}

	public Direction getDirection() {
		return direction;
	}

	public long getVersion() {
		return version;
	}

}
