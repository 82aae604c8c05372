package danvan.emulation.pledge;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.audit.AuditTrail;

/** A unit's registration for a movement (đăng ký thi đua): what it commits to and the title it aims for. */
@Entity
@Table(name = "emulation_pledge")
@AuditTrail("Pledge")
public class Pledge {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long movementId;

	private Long unitId;

	private String commitment;

	private String targetTitle;

	private Instant pledgedAt;

	private String pledgedBy;

	@Version
	private long version;

	protected Pledge() {
	}

	public Pledge(Long movementId, Long unitId) {
		this.movementId = movementId;
		this.unitId = unitId;
	}

	public void describe(String commitment, String targetTitle, Instant now, String actor) {
		this.commitment = commitment;
		this.targetTitle = targetTitle;
		this.pledgedAt = now;
		this.pledgedBy = actor;
	}

	public Long getId() {
		return id;
	}

	public Long getMovementId() {
		return movementId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public String getCommitment() {
		return commitment;
	}

	public String getTargetTitle() {
		return targetTitle;
	}

	public Instant getPledgedAt() {
		return pledgedAt;
	}

	public String getPledgedBy() {
		return pledgedBy;
	}

	public long getVersion() {
		return version;
	}

}
