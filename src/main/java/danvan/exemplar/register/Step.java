package danvan.exemplar.register;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import danvan.exemplar.ExemplarStatus;

/** One step of an exemplar's history: what was done, the state it led to, who, when and why. */
@Entity
@Table(name = "exemplar_step")
public class Step {

	/** What happened; REGISTER … DISCONTINUE, with IMPROVE, REPLICATE and CARRY leaving the state as it was. */
	public enum Action {
		REGISTER, START, LAUNCH, EVALUATE, RECOGNISE, IMPROVE, REPLICATE, CARRY, HONOUR, DISCONTINUE
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long exemplarId;

	@Enumerated(EnumType.STRING)
	private Action action;

	@Enumerated(EnumType.STRING)
	private ExemplarStatus toStatus;

	private LocalDate happenedOn;

	private Instant recordedAt;

	private String actor;

	private String reason;

	protected Step() {
	}

	Step(Long exemplarId, Action action, ExemplarStatus toStatus, LocalDate happenedOn, Instant recordedAt, String actor,
			String reason) {
		this.exemplarId = exemplarId;
		this.action = action;
		this.toStatus = toStatus;
		this.happenedOn = happenedOn;
		this.recordedAt = recordedAt;
		this.actor = actor;
		this.reason = reason;
	}

	public Long getId() {
		return id;
	}

	public Long getExemplarId() {
		return exemplarId;
	}

	public Action getAction() {
		return action;
	}

	public ExemplarStatus getToStatus() {
		return toStatus;
	}

	public LocalDate getHappenedOn() {
		return happenedOn;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public String getActor() {
		return actor;
	}

	public String getReason() {
		return reason;
	}

}
