package danvan.dialogue.petition;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import danvan.platform.AppClock;

/** One change of a petition's state: who, when, and the note given. Written once, never changed. */
@Entity
@Table(name = "dialogue_petition_step")
public class PetitionStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long petitionId;

	private Instant actedAt;

	private String actor;

	@Enumerated(EnumType.STRING)
	private PetitionStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private PetitionStatus toStatus;

	private String note;

	protected PetitionStep() {
	}

	PetitionStep(Long petitionId, Instant at, String actor, PetitionStatus fromStatus, PetitionStatus toStatus,
			String note) {
		this.petitionId = petitionId;
		this.actedAt = at;
		this.actor = actor;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.note = note;
	}

	public Instant getActedAt() {
		return actedAt;
	}

	/** When, on Vietnam's clock. */
	public LocalDateTime getActedAtInVietnam() {
		return LocalDateTime.ofInstant(actedAt, AppClock.VIETNAM);
	}

	public String getActor() {
		return actor;
	}

	public PetitionStatus getFromStatus() {
		return fromStatus;
	}

	public PetitionStatus getToStatus() {
		return toStatus;
	}

	Long getPetitionId() {
		return petitionId;
	}

	public String getNote() {
		return note;
	}

}
