package danvan.commendation.nomination;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step of a nomination's history: from which status to which, who, when, and why. */
@Embeddable
public class NominationStep {

	@Enumerated(EnumType.STRING)
	private NominationStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private NominationStatus toStatus;

	private String actor;

	@Column(name = "step_at")
	private Instant at;

	private String comment;

	protected NominationStep() {
	}

	NominationStep(NominationStatus from, NominationStatus to, String actor, Instant at, String comment) {
		this.fromStatus = from;
		this.toStatus = to;
		this.actor = actor;
		this.at = at;
		this.comment = comment;
	}

	public NominationStatus getFromStatus() {
		return fromStatus;
	}

	public NominationStatus getToStatus() {
		return toStatus;
	}

	public String getActor() {
		return actor;
	}

	public Instant getAt() {
		return at;
	}

	public String getComment() {
		return comment;
	}

}
