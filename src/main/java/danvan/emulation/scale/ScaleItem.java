package danvan.emulation.scale;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import danvan.emulation.Points;
import danvan.platform.audit.AuditLabel;
import danvan.platform.audit.AuditTrail;

/** A node of a scoring scale: a group, a criterion or sub-criterion, a bonus or a penalty item. */
@Entity
@Table(name = "emulation_scale_item")
@AuditTrail("ScaleItem")
public class ScaleItem implements AuditLabel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private ScoringScale scale;

	@ManyToOne(fetch = FetchType.LAZY)
	private ScaleItem parent;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private ItemKind kind;

	private BigDecimal maxPoints;

	private String guidance;

	private boolean evidenceRequired;

	private int sortOrder;

	protected ScaleItem() {
	}

	ScaleItem(ScoringScale scale, ScaleItem parent, String code, String name, ItemKind kind, BigDecimal maxPoints,
			String guidance, boolean evidenceRequired, int sortOrder) {
		this.scale = scale;
		this.parent = parent;
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.maxPoints = Points.of(maxPoints);
		this.guidance = guidance;
		this.evidenceRequired = evidenceRequired;
		this.sortOrder = sortOrder;
	}

	void describe(String newName, BigDecimal newMaxPoints) {
		this.name = newName;
		this.maxPoints = Points.of(newMaxPoints);
	}

	/** Compares by id as well: the parent may be a lazy proxy of the same row. */
	boolean isChildOf(ScaleItem other) {
		if (other == null || parent == null) {
			return other == null && parent == null;
		}
		return parent == other || (other.id != null && other.id.equals(parent.getId()));
	}

	@Override
	public String auditLabel() {
		return code + " " + name;
	}

	public Long getId() {
		return id;
	}

	public ScaleItem getParent() {
		return parent;
	}

	public Long getParentId() {
		return parent == null ? null : parent.getId();
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public ItemKind getKind() {
		return kind;
	}

	public BigDecimal getMaxPoints() {
		return maxPoints;
	}

	public String getGuidance() {
		return guidance;
	}

	public boolean isEvidenceRequired() {
		return evidenceRequired;
	}

	public int getSortOrder() {
		return sortOrder;
	}

}
