package danvan.org;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.audit.AuditLabel;
import danvan.platform.audit.AuditTrail;
import danvan.platform.text.Folding;
import danvan.platform.web.RuleViolationException;

/**
 * A unit of the organisation tree. {@code path} lists the ids from the root down ({@code /1/5/12/}), so a
 * subtree is one prefix query. Units with history are never deleted: they are deactivated or merged.
 */
@Entity
@Table(name = "org_unit")
@AuditTrail(value = "OrgUnit", ignore = { "path", "searchName" })
public class OrgUnit implements AuditLabel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String searchName;

	@ManyToOne
	private OrgUnitKind kind;

	@ManyToOne
	private OrgLevel level;

	@ManyToOne(fetch = FetchType.LAZY)
	private OrgUnit parent;

	private String path;

	private boolean active = true;

	@ManyToOne(fetch = FetchType.LAZY)
	private OrgUnit mergedInto;

	private LocalDate mergedOn;

	private LocalDate establishedOn;

	private String legalBasis;

	private String endBasis;

	private String address;

	private String phone;

	private String email;

	@Version
	private long version;

	protected OrgUnit() {
	}

	OrgUnit(String code, String name, OrgUnitKind kind, OrgLevel level) {
		this.code = code;
		rename(name);
		this.kind = kind;
		this.level = level;
	}

	void describe(String code, String name, OrgUnitKind kind, OrgLevel level, String address, String phone,
			String email) {
		this.code = code;
		rename(name);
		this.kind = kind;
		this.level = level;
		this.address = address;
		this.phone = phone;
		this.email = email;
	}

	private void rename(String name) {
		this.name = name;
		this.searchName = Folding.fold(name);
	}

	/** Puts this (already saved) unit under {@code newParent}, or at the root when it is null. */
	void placeUnder(OrgUnit newParent) {
		if (newParent != null && path != null && newParent.isWithin(this)) {
			throw RuleViolationException.onField("parentId", "org.unit.parentCycle");
		}
		this.parent = newParent;
		this.path = (newParent == null ? "/" : newParent.getPath()) + id + "/";
	}

	/** After an ancestor moved: swap the old path prefix for the new one. */
	void rebase(String oldPrefix, String newPrefix) {
		this.path = newPrefix + path.substring(oldPrefix.length());
	}

	void mergeInto(OrgUnit target, LocalDate effectiveOn) {
		mergeInto(target, effectiveOn, null);
	}

	/** Sáp nhập, hợp nhất: from {@code effectiveOn} the unit no longer exists and {@code target} succeeds it. */
	void mergeInto(OrgUnit target, LocalDate effectiveOn, String basis) {
		if (target == this || target.isWithin(this)) {
			throw RuleViolationException.onField("targetId", "org.unit.mergeIntoSelf");
		}
		if (!target.isActive()) {
			throw RuleViolationException.onField("targetId", "org.unit.mergeIntoInactive");
		}
		this.active = false;
		this.mergedInto = target;
		this.mergedOn = effectiveOn;
		this.endBasis = basis;
	}

	/** Kết thúc hoạt động without a successor (the district level in 2025): readable as history. */
	void endOn(LocalDate lastDayPlusOne, String basis) {
		this.active = false;
		this.mergedOn = lastDayPlusOne;
		this.endBasis = basis;
	}

	/** Thành lập: the day the unit began and the decision that set it up. */
	void establish(LocalDate on, String basis) {
		this.establishedOn = on;
		this.legalBasis = basis;
	}

	/** True when the unit existed on {@code day}: set up by then and not yet ended. */
	public boolean existsOn(LocalDate day) {
		boolean begun = establishedOn == null || !establishedOn.isAfter(day);
		boolean ended = mergedOn != null ? !mergedOn.isAfter(day) : !active;
		return begun && !ended;
	}

	/** Refuses a new record on this unit when it does not exist on {@code day}, naming its successor. */
	void requireOpenOn(LocalDate day, String field) {
		if (existsOn(day)) {
			return;
		}
		java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
		if (establishedOn != null && establishedOn.isAfter(day)) {
			throw RuleViolationException.onField(field, "org.unit.notYetEstablished", name, format.format(establishedOn));
		}
		String ended = mergedOn == null ? "" : format.format(mergedOn);
		if (mergedOn == null) {
			throw RuleViolationException.onField(field, "org.unit.alreadyInactive");
		}
		if (getSuccessor() != null) {
			throw RuleViolationException.onField(field, "org.unit.endedWithSuccessor", name, ended, getSuccessor().getName());
		}
		throw RuleViolationException.onField(field, "org.unit.endedNoSuccessor", name, ended);
	}

	/** The day from which the unit no longer exists, or none while it lives (or was stopped without a date). */
	public LocalDate getEndedOn() {
		return mergedOn;
	}

	/** The unit that took over this one, if it merged. */
	public OrgUnit getSuccessor() {
		return mergedInto;
	}

	void deactivate() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
		this.mergedInto = null;
		this.mergedOn = null;
		this.endBasis = null;
	}

	/** True when this unit is {@code ancestor} or lies in its subtree. */
	public boolean isWithin(OrgUnit ancestor) {
		// getters, not fields: the ancestor may be a lazy proxy
		return getPath() != null && ancestor.getPath() != null && getPath().startsWith(ancestor.getPath());
	}

	public int depth() {
		return path == null ? 0 : (int) path.chars().filter(c -> c == '/').count() - 2;
	}

	@Override
	public String auditLabel() {
		return name + " (" + code + ")";
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public OrgUnitKind getKind() {
		return kind;
	}

	public OrgLevel getLevel() {
		return level;
	}

	public OrgUnit getParent() {
		return parent;
	}

	public String getPath() {
		return path;
	}

	public boolean isActive() {
		return active;
	}

	public OrgUnit getMergedInto() {
		return mergedInto;
	}

	public LocalDate getMergedOn() {
		return mergedOn;
	}

	public LocalDate getEstablishedOn() {
		return establishedOn;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public String getEndBasis() {
		return endBasis;
	}

	public String getAddress() {
		return address;
	}

	public String getPhone() {
		return phone;
	}

	public String getEmail() {
		return email;
	}

	public long getVersion() {
		return version;
	}

}
