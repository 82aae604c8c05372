package danvan.emulation.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.audit.AuditLabel;
import danvan.platform.audit.AuditTrail;
import danvan.platform.web.RuleViolationException;

/**
 * A movement (phong trào thi đua): its period, the organising unit, the participating units and their
 * clusters, the scale version it is scored by, its deadlines and its status, whose every change is kept.
 */
@Entity
@Table(name = "emulation_movement")
@AuditTrail("Movement")
public class Movement implements AuditLabel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private MovementKind kind;

	@Enumerated(EnumType.STRING)
	private MovementStatus status = MovementStatus.DRAFT;

	private LocalDate periodStart;

	private LocalDate periodEnd;

	private Long organiserUnitId;

	private Long scaleId;

	private Long launchFileId;

	private LocalDate pledgeDeadline;

	private LocalDate selfAssessmentDeadline;

	@Enumerated(EnumType.STRING)
	private TieBreak tieBreak;

	private Instant createdAt;

	private String createdBy;

	@Version
	private long version;

	@OneToMany(mappedBy = "movement", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<Participant> participants = new ArrayList<>();

	@OneToMany(mappedBy = "movement", cascade = CascadeType.ALL)
	@OrderBy("sortOrder")
	private List<ReviewStep> reviewSteps = new ArrayList<>();

	@OneToMany(mappedBy = "movement", cascade = CascadeType.ALL)
	@OrderBy("changedAt, id")
	private List<StatusChange> statusChanges = new ArrayList<>();

	protected Movement() {
	}

	Movement(MovementDraft draft, Instant now, String actor) {
		describe(draft);
		this.organiserUnitId = draft.organiserUnitId();
		this.createdAt = now;
		this.createdBy = actor;
		statusChanges.add(new StatusChange(this, null, MovementStatus.DRAFT, now, actor));
	}

	void describe(MovementDraft draft) {
		if (draft.periodEnd().isBefore(draft.periodStart())) {
			throw RuleViolationException.onField("periodEnd", "emulation.movement.periodEnd.beforeStart");
		}
		if (draft.selfAssessmentDeadline().isBefore(draft.periodStart())) {
			throw RuleViolationException.onField("selfAssessmentDeadline", "emulation.movement.deadline.beforeStart");
		}
		if (!Objects.equals(scaleId, draft.scaleId()) && status != MovementStatus.DRAFT) {
			throw RuleViolationException.onField("scaleId", "emulation.movement.scale.frozen");
		}
		this.name = draft.name().trim();
		this.kind = draft.kind();
		this.periodStart = draft.periodStart();
		this.periodEnd = draft.periodEnd();
		this.scaleId = draft.scaleId();
		this.pledgeDeadline = draft.pledgeDeadline();
		this.selfAssessmentDeadline = draft.selfAssessmentDeadline();
		this.tieBreak = draft.tieBreak() == null ? TieBreak.FIRST_GROUP_THEN_SUBMISSION : draft.tieBreak();
	}

	void attachLaunchDocument(Long fileId) {
		this.launchFileId = fileId;
	}

	void addParticipant(Long unitId, String clusterName) {
		if (status.ordinal() > MovementStatus.SELF_ASSESSMENT.ordinal()) {
			throw new RuleViolationException("emulation.movement.participants.frozen");
		}
		Optional<Participant> existing = participant(unitId);
		if (existing.isPresent()) {
			existing.get().moveToCluster(clusterName);
		}
		else {
			participants.add(new Participant(this, unitId, clusterName));
		}
	}

	/** Appends a step to the review chain, while no assessment has reached review. */
	ReviewStep addReviewStep(String stepName, LocalDate deadline, List<String> reviewers) {
		if (status.ordinal() >= MovementStatus.REVIEW.ordinal()) {
			throw new RuleViolationException("emulation.movement.chain.frozen");
		}
		ReviewStep step = new ReviewStep(this, reviewSteps.size() + 1, stepName.trim(), deadline, reviewers);
		reviewSteps.add(step);
		return step;
	}

	/** The chain step at {@code position} (1-based), if the chain is that long. */
	public Optional<ReviewStep> step(int position) {
		return position >= 1 && position <= reviewSteps.size() ? Optional.of(reviewSteps.get(position - 1))
				: Optional.empty();
	}

	/** Moves to the next status, refusing a jump or a step back. */
	public void moveTo(MovementStatus target, Instant now, String actor) {
		if (!status.canMoveTo(target)) {
			throw new RuleViolationException("emulation.movement.transition.refused", status, target);
		}
		if (target == MovementStatus.OPEN && participants.isEmpty()) {
			throw new RuleViolationException("emulation.movement.open.noParticipants");
		}
		if (target == MovementStatus.REVIEW && reviewSteps.isEmpty()) {
			throw new RuleViolationException("emulation.movement.review.noChain");
		}
		statusChanges.add(new StatusChange(this, status, target, now, actor));
		status = target;
	}

	public Optional<Participant> participant(Long unitId) {
		return participants.stream().filter(p -> p.getUnitId().equals(unitId)).findFirst();
	}

	public boolean isPastSelfAssessmentDeadline(LocalDate today) {
		return today.isAfter(selfAssessmentDeadline);
	}

	@Override
	public String auditLabel() {
		return name;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public MovementKind getKind() {
		return kind;
	}

	public MovementStatus getStatus() {
		return status;
	}

	public LocalDate getPeriodStart() {
		return periodStart;
	}

	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	public Long getOrganiserUnitId() {
		return organiserUnitId;
	}

	public Long getScaleId() {
		return scaleId;
	}

	public Long getLaunchFileId() {
		return launchFileId;
	}

	public LocalDate getPledgeDeadline() {
		return pledgeDeadline;
	}

	public LocalDate getSelfAssessmentDeadline() {
		return selfAssessmentDeadline;
	}

	public TieBreak getTieBreak() {
		return tieBreak;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}

	public List<Participant> getParticipants() {
		return List.copyOf(participants);
	}

	public List<ReviewStep> getReviewSteps() {
		return List.copyOf(reviewSteps);
	}

	public List<StatusChange> getStatusChanges() {
		return List.copyOf(statusChanges);
	}

}
