package danvan.emulation.scale;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.emulation.Points;
import danvan.emulation.movement.Threshold;
import danvan.platform.audit.AuditLabel;
import danvan.platform.audit.AuditTrail;
import danvan.platform.web.RuleViolationException;

/**
 * A version of a scoring scale (thang điểm): a tree of groups → criteria → sub-criteria, bonus items under
 * a cap, penalty items and classification thresholds. Only a draft changes; an active version is frozen, and
 * a revision (rà soát) is a new version of the same family.
 */
@Entity
@Table(name = "emulation_scale")
@AuditTrail("ScoringScale")
public class ScoringScale implements AuditLabel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String family;

	private int versionNo;

	private String name;

	private Long ownerUnitId;

	@Enumerated(EnumType.STRING)
	private ScaleStatus status = ScaleStatus.DRAFT;

	private BigDecimal bonusCap;

	private Long previousId;

	private Instant createdAt;

	private String createdBy;

	private Instant activatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "scale", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sortOrder")
	private List<ScaleItem> items = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "emulation_scale_threshold", joinColumns = @JoinColumn(name = "scale_id"))
	@OrderColumn(name = "sort_order")
	private List<Threshold> thresholds = new ArrayList<>();

	protected ScoringScale() {
	}

	public ScoringScale(String family, int versionNo, String name, Long ownerUnitId, BigDecimal bonusCap, Long previousId,
			Instant createdAt, String createdBy) {
		this.family = family;
		this.versionNo = versionNo;
		this.name = name;
		this.ownerUnitId = ownerUnitId;
		this.bonusCap = Points.of(bonusCap);
		this.previousId = previousId;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	public ScaleItem addItem(String parentCode, String code, String name, ItemKind kind, BigDecimal maxPoints,
			String guidance, boolean evidenceRequired) {
		requireDraft();
		if (item(code) != null) {
			throw RuleViolationException.onField("code", "emulation.scale.item.codeTaken", code);
		}
		ScaleItem parent = null;
		if (parentCode != null && !parentCode.isBlank()) {
			parent = item(parentCode);
			if (parent == null) {
				throw RuleViolationException.onField("parentCode", "emulation.scale.item.parentUnknown", parentCode);
			}
			if (parent.getKind() != ItemKind.GROUP && parent.getKind() != kind) {
				throw RuleViolationException.onField("kind", "emulation.scale.item.kindMismatch");
			}
		}
		else if (kind == ItemKind.CRITERION) {
			throw RuleViolationException.onField("parentCode", "emulation.scale.item.criterionNeedsGroup");
		}
		if (maxPoints == null || maxPoints.signum() < 0) {
			throw RuleViolationException.onField("maxPoints", "emulation.scale.item.maxPoints");
		}
		ScaleItem item = new ScaleItem(this, parent, code, name, kind, maxPoints, guidance, evidenceRequired,
				items.size() + 1);
		items.add(item);
		return item;
	}

	public void reviseItem(String code, String newName, BigDecimal maxPoints) {
		requireDraft();
		ScaleItem item = existing(code);
		if (maxPoints == null || maxPoints.signum() < 0) {
			throw RuleViolationException.onField("maxPoints", "emulation.scale.item.maxPoints");
		}
		item.describe(newName, maxPoints);
	}

	/** Drops a node from a draft; a node with children must lose them first. */
	public void removeItem(String code) {
		requireDraft();
		ScaleItem item = existing(code);
		if (!childrenOf(item).isEmpty()) {
			throw RuleViolationException.onField("code", "emulation.scale.item.hasChildren", code);
		}
		items.remove(item);
	}

	private ScaleItem existing(String code) {
		ScaleItem item = item(code);
		if (item == null) {
			throw RuleViolationException.onField("code", "emulation.scale.item.parentUnknown", code);
		}
		return item;
	}

	public void replaceThresholds(List<Threshold> newThresholds) {
		requireDraft();
		List<Threshold> sorted = new ArrayList<>(newThresholds);
		sorted.sort(Comparator.comparing(Threshold::getMinTotal).reversed());
		thresholds.clear();
		thresholds.addAll(sorted);
	}

	void changeBonusCap(BigDecimal cap) {
		requireDraft();
		if (cap == null || cap.signum() < 0) {
			throw RuleViolationException.onField("bonusCap", "emulation.scale.bonusCap.invalid");
		}
		this.bonusCap = Points.of(cap);
	}

	/** Freezes the scale, refusing a tree whose children promise more points than their parent holds. */
	public void activate(Instant now) {
		requireDraft();
		List<String> problems = ScaleCheck.problems(this);
		if (!problems.isEmpty()) {
			throw new RuleViolationException("emulation.scale.cannotActivate", String.join("; ", problems));
		}
		status = ScaleStatus.ACTIVE;
		activatedAt = now;
	}

	private void requireDraft() {
		if (status != ScaleStatus.DRAFT) {
			throw new RuleViolationException("emulation.scale.frozen");
		}
	}

	public ScaleItem item(String code) {
		return items.stream().filter(i -> i.getCode().equalsIgnoreCase(code)).findFirst().orElse(null);
	}

	public List<ScaleItem> childrenOf(ScaleItem parent) {
		return items.stream().filter(i -> i.isChildOf(parent)).toList();
	}

	/** The nodes a unit enters points against: criteria, bonus and penalty items without children. */
	public List<ScaleItem> scoredItems() {
		java.util.Set<Object> parents = new java.util.HashSet<>();
		for (ScaleItem item : items) {
			ScaleItem parent = item.getParent();
			if (parent != null) {
				parents.add(parent.getId() != null ? parent.getId() : parent);
			}
		}
		return items.stream()
			.filter(i -> i.getKind().isScored() && !parents.contains(i.getId() != null ? i.getId() : i))
			.toList();
	}

	/** The top-level group that holds {@code item}, or the item itself at the top. */
	public ScaleItem topOf(ScaleItem item) {
		ScaleItem current = item;
		while (current.getParent() != null) {
			current = current.getParent();
		}
		return current;
	}

	/** The classification a total reaches, or null under the lowest threshold. */
	public String classify(BigDecimal total) {
		return thresholds.stream()
			.filter(t -> total.compareTo(t.getMinTotal()) >= 0)
			.map(Threshold::getLabel)
			.findFirst()
			.orElse(null);
	}

	@Override
	public String auditLabel() {
		return name + " (v" + versionNo + ")";
	}

	public Long getId() {
		return id;
	}

	public String getFamily() {
		return family;
	}

	public int getVersionNo() {
		return versionNo;
	}

	public String getName() {
		return name;
	}

	public Long getOwnerUnitId() {
		return ownerUnitId;
	}

	public ScaleStatus getStatus() {
		return status;
	}

	public boolean isActive() {
		return status == ScaleStatus.ACTIVE;
	}

	public BigDecimal getBonusCap() {
		return bonusCap;
	}

	public Long getPreviousId() {
		return previousId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getActivatedAt() {
		return activatedAt;
	}

	public long getVersion() {
		return version;
	}

	public List<ScaleItem> getItems() {
		return List.copyOf(items);
	}

	public List<Threshold> getThresholds() {
		return List.copyOf(thresholds);
	}

}
