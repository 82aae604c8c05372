package danvan.org;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.audit.AuditTrail;

/** What a unit is: party committee, mass-mobilization board, Fatherland Front, commune bloc… */
@Entity
@AuditTrail("OrgUnitKind")
@Table(name = "org_unit_kind")
public class OrgUnitKind {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private int sortOrder;

	@Version
	private long version;

	protected OrgUnitKind() {
	}

	OrgUnitKind(String code, String name, int sortOrder) {
		this.code = code;
		this.name = name;
		this.sortOrder = sortOrder;
	}

	void rename(String name, int sortOrder) {
		this.name = name;
		this.sortOrder = sortOrder;
	}

	public long getVersion() {
		return version;
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

	public int getSortOrder() {
		return sortOrder;
	}

	@Override
	public String toString() {
		return name;
	}

}
