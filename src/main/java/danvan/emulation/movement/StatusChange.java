package danvan.emulation.movement;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One recorded change of a movement's status. */
@Entity
@Immutable
@Table(name = "emulation_status_change")
public class StatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Movement movement;

	@Enumerated(EnumType.STRING)
	private MovementStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private MovementStatus toStatus;

	private Instant changedAt;

	private String changedBy;

	protected StatusChange() {
	}

	StatusChange(Movement movement, MovementStatus fromStatus, MovementStatus toStatus, Instant changedAt,
			String changedBy) {
		this.movement = movement;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
	}

	public MovementStatus getFromStatus() {
		return fromStatus;
	}

	public MovementStatus getToStatus() {
		return toStatus;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public String getChangedBy() {
		return changedBy;
	}

}
