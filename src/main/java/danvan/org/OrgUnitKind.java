package danvan.org;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a unit is: party committee, mass-mobilization board, Fatherland Front, commune bloc… */
@Entity
@Table(name = "org_unit_kind")
public class OrgUnitKind {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private int sortOrder;

	protected OrgUnitKind() {
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
