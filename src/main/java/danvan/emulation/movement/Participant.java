package danvan.emulation.movement;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import danvan.platform.audit.AuditTrail;

/** A unit taking part in a movement, and the cluster (cụm, khối thi đua) it competes within. */
@Entity
@Table(name = "emulation_participant")
@AuditTrail("EmulationParticipant")
public class Participant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Movement movement;

	private Long unitId;

	private String clusterName;

	protected Participant() {
	}

	Participant(Movement movement, Long unitId, String clusterName) {
		this.movement = movement;
		this.unitId = unitId;
		this.clusterName = clusterName;
	}

	void moveToCluster(String clusterName) {
		this.clusterName = clusterName;
	}

	public Long getId() {
		return id;
	}

	public Long getUnitId() {
		return unitId;
	}

	public String getClusterName() {
		return clusterName;
	}

}
