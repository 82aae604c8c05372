package danvan.planning.plan;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import danvan.platform.audit.AuditTrail;

/** A unit's own share of a target. */
@Entity
@Table(name = "planning_split")
@AuditTrail("TargetSplit")
public class TargetSplit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long itemId;

	private Long unitId;

	private BigDecimal targetValue;

	protected TargetSplit() {
	}

	TargetSplit(Long itemId, Long unitId, BigDecimal targetValue) {
		this.itemId = itemId;
		this.unitId = unitId;
		this.targetValue = targetValue;
	}

	void change(BigDecimal value) {
		this.targetValue = value;
	}

	public Long getId() {
		return id;
	}

	public Long getItemId() {
		return itemId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public BigDecimal getTargetValue() {
		return targetValue;
	}

}
