package danvan.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.audit.AuditTrail;

/** A level of the organisation (cấp tỉnh, cấp huyện, cấp xã…): data, since the levels change with reforms. */
@Entity
@AuditTrail("OrgLevel")
@Table(name = "org_level")
public class OrgLevel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	@Column(name = "sort_rank")
	private int rank;

	@Version
	private long version;

	protected OrgLevel() {
	}

	OrgLevel(String code, String name, int rank) {
		this.code = code;
		this.name = name;
		this.rank = rank;
	}

	void rename(String name, int rank) {
		this.name = name;
		this.rank = rank;
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

	public int getRank() {
		return rank;
	}

	@Override
	public String toString() {
		return name;
	}

}
