package danvan.oversight.inspection;

import java.util.Objects;

import jakarta.persistence.Embeddable;

import danvan.platform.audit.AuditLabel;

/** An official inspected in person, with the unit they served in when the inspection was prepared. */
@Embeddable
public class InspectedOfficial implements AuditLabel {

	private Long officialId;

	private Long unitId;

	protected InspectedOfficial() {
	}

	public InspectedOfficial(Long officialId, Long unitId) {
		this.officialId = officialId;
		this.unitId = unitId;
	}

	public Long getOfficialId() {
		return officialId;
	}

	public Long getUnitId() {
		return unitId;
	}

	@Override
	public String auditLabel() {
		return "#" + officialId + " (#" + unitId + ")";
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof InspectedOfficial other && Objects.equals(officialId, other.officialId)
				&& Objects.equals(unitId, other.unitId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(officialId, unitId);
	}

}
