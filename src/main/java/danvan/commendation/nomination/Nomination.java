package danvan.commendation.nomination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import danvan.platform.audit.AuditLabel;
import danvan.platform.audit.AuditTrail;
import danvan.platform.web.RuleViolationException;

import danvan.commendation.decision.Decision;
import danvan.commendation.eligibility.Eligibility;

/**
 * A nomination dossier (hồ sơ đề nghị) and its state machine: each step checks the current status, refuses an
 * illegal move, and is written to the history with who and when.
 */
@Entity
@Table(name = "commendation_nomination")
@AuditTrail("Nomination")
public class Nomination implements AuditLabel {

	private static final Set<NominationStatus> RETURNABLE = EnumSet.of(NominationStatus.SUBMITTED,
			NominationStatus.RECEIVED, NominationStatus.CHECKED, NominationStatus.COUNCIL);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long proposingUnitId;

	private Long awardTypeId;

	private String title;

	private String origin;

	private String sourceKey;

	private String sourceLabel;

	private String sourceLink;

	@Enumerated(EnumType.STRING)
	private NominationStatus status;

	private String councilRecord;

	private String forwardedTo;

	private String higherDecision;

	private Long decisionId;

	private String createdBy;

	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "commendation_candidate", joinColumns = @JoinColumn(name = "nomination_id"))
	@OrderColumn(name = "line_no")
	private List<Candidate> candidates = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "commendation_nomination_file", joinColumns = @JoinColumn(name = "nomination_id"))
	@OrderColumn(name = "line_no")
	private List<DossierFile> files = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "commendation_nomination_step", joinColumns = @JoinColumn(name = "nomination_id"))
	@OrderColumn(name = "line_no")
	private List<NominationStep> steps = new ArrayList<>();

	@Version
	private long version;

	protected Nomination() {
	}

	Nomination(Long proposingUnitId, Long awardTypeId, String title, String origin, String by, Instant at) {
		this.proposingUnitId = proposingUnitId;
		this.awardTypeId = awardTypeId;
		this.title = title;
		this.origin = origin;
		this.status = NominationStatus.DRAFT;
		this.createdBy = by;
		this.createdAt = at;
		steps.add(new NominationStep(null, NominationStatus.DRAFT, by, at, null));
	}

	void addCandidate(Candidate candidate) {
		requireEditable();
		if (candidates.stream().anyMatch(c -> c.same(candidate))) {
			throw RuleViolationException.onField("officialId", "commendation.nomination.duplicateCandidate",
					candidate.getName());
		}
		candidates.add(candidate);
	}

	/** A proposal from another module: where it came from, once (the key makes a replayed event change nothing). */
	void proposedFrom(String key, String label, String link) {
		this.sourceKey = key;
		this.sourceLabel = label;
		this.sourceLink = link;
	}

	/** Adds a proposed candidate unless already there or no longer editable; answers whether it was added. */
	boolean propose(Candidate candidate) {
		if (!isEditable() || candidates.stream().anyMatch(c -> c.same(candidate))) {
			return false;
		}
		candidates.add(candidate);
		return true;
	}

	void removeCandidate(int index) {
		requireEditable();
		candidate(index);
		candidates.remove(index);
	}

	void addFile(DossierFile file) {
		if (status == NominationStatus.DECIDED) {
			throw new RuleViolationException("commendation.nomination.closed");
		}
		files.add(file);
	}

	void submit(String by, Instant at) {
		require(EnumSet.of(NominationStatus.DRAFT, NominationStatus.RETURNED));
		if (candidates.isEmpty()) {
			throw RuleViolationException.onField("officialId", "commendation.nomination.noCandidates");
		}
		move(NominationStatus.SUBMITTED, by, at, null);
	}

	void receive(String by, Instant at) {
		require(EnumSet.of(NominationStatus.SUBMITTED));
		move(NominationStatus.RECEIVED, by, at, null);
	}

	void returnBack(String comment, String by, Instant at) {
		require(RETURNABLE);
		if (comment == null || comment.isBlank()) {
			throw RuleViolationException.onField("comment", "commendation.nomination.commentRequired");
		}
		move(NominationStatus.RETURNED, by, at, comment.strip());
	}

	/** Records the eligibility of every candidate (done by the service, which knows the rules). */
	void checked(List<Eligibility> results, String by, Instant at) {
		require(EnumSet.of(NominationStatus.RECEIVED, NominationStatus.CHECKED));
		for (int i = 0; i < candidates.size(); i++) {
			Eligibility e = results.get(i);
			candidates.get(i).checked(e.eligible(), String.join("\n", e.rules().stream()
				.map(r -> r.rule() + ": " + r.explanation()).toList()));
		}
		move(NominationStatus.CHECKED, by, at, null);
	}

	void justify(int index, String text, String by) {
		require(EnumSet.of(NominationStatus.CHECKED));
		if (text == null || text.isBlank()) {
			throw RuleViolationException.onField("justification", "commendation.nomination.justificationRequired");
		}
		candidate(index).justify(text.strip(), by);
	}

	void toCouncil(String by, Instant at) {
		require(EnumSet.of(NominationStatus.CHECKED));
		candidates.stream().filter(c -> !c.mayProceed()).findFirst().ifPresent(c -> {
			throw RuleViolationException.onField("justification", "commendation.nomination.unjustified", c.getName());
		});
		move(NominationStatus.COUNCIL, by, at, null);
	}

	void vote(int index, boolean approved, Integer votesFor, Integer votesAgainst) {
		require(EnumSet.of(NominationStatus.COUNCIL));
		if (votesFor != null && votesFor < 0 || votesAgainst != null && votesAgainst < 0) {
			throw RuleViolationException.onField("votesFor", "commendation.nomination.negativeVotes");
		}
		candidate(index).vote(approved, votesFor, votesAgainst);
	}

	void approve(String councilRecord, String by, Instant at) {
		require(EnumSet.of(NominationStatus.COUNCIL));
		if (candidates.stream().anyMatch(c -> c.getOutcome() == CandidateOutcome.PENDING)) {
			throw RuleViolationException.onField("votesFor", "commendation.nomination.votesMissing");
		}
		this.councilRecord = councilRecord == null ? null : councilRecord.strip();
		move(NominationStatus.APPROVED, by, at, this.councilRecord);
	}

	void forward(String to, String by, Instant at) {
		require(EnumSet.of(NominationStatus.APPROVED));
		if (to == null || to.isBlank() || to.strip().length() > 200) {
			throw RuleViolationException.onField("forwardedTo", "commendation.nomination.forwardToRequired");
		}
		this.forwardedTo = to.strip();
		move(NominationStatus.FORWARDED, by, at, this.forwardedTo);
	}

	void higherDecision(String reference, String by, Instant at) {
		require(EnumSet.of(NominationStatus.FORWARDED));
		if (reference == null || reference.isBlank() || reference.strip().length() > 200) {
			throw RuleViolationException.onField("higherDecision", "commendation.nomination.referenceRequired");
		}
		this.higherDecision = reference.strip();
		move(NominationStatus.DECIDED, by, at, this.higherDecision);
	}

	void decidedBy(Decision decision, String by, Instant at) {
		require(EnumSet.of(NominationStatus.APPROVED));
		this.decisionId = decision.getId();
		move(NominationStatus.DECIDED, by, at, null);
	}

	public List<Candidate> approvedCandidates() {
		return candidates.stream().filter(c -> c.getOutcome() == CandidateOutcome.APPROVED).toList();
	}

	public boolean isEditable() {
		return status == NominationStatus.DRAFT || status == NominationStatus.RETURNED;
	}

	private void move(NominationStatus to, String by, Instant at, String comment) {
		steps.add(new NominationStep(status, to, by, at, comment));
		this.status = to;
	}

	private void require(Set<NominationStatus> allowed) {
		if (!allowed.contains(status)) {
			throw new RuleViolationException("commendation.nomination.illegalStep");
		}
	}

	private void requireEditable() {
		if (!isEditable()) {
			throw new RuleViolationException("commendation.nomination.notEditable");
		}
	}

	private Candidate candidate(int index) {
		if (index < 0 || index >= candidates.size()) {
			throw new RuleViolationException("commendation.nomination.unknownCandidate");
		}
		return candidates.get(index);
	}

	@Override
	public String auditLabel() {
		return title;
	}

	public Long getId() {
		return id;
	}

	public Long getProposingUnitId() {
		return proposingUnitId;
	}

	public Long getAwardTypeId() {
		return awardTypeId;
	}

	public String getTitle() {
		return title;
	}

	public String getOrigin() {
		return origin;
	}

	public String getSourceKey() {
		return sourceKey;
	}

	public String getSourceLabel() {
		return sourceLabel;
	}

	public String getSourceLink() {
		return sourceLink;
	}

	/** Proposed by another module's event (an emulation result, an exemplar stage review), not by hand. */
	public boolean isProposed() {
		return sourceKey != null;
	}

	public NominationStatus getStatus() {
		return status;
	}

	public String getCouncilRecord() {
		return councilRecord;
	}

	public String getForwardedTo() {
		return forwardedTo;
	}

	public String getHigherDecision() {
		return higherDecision;
	}

	public Long getDecisionId() {
		return decisionId;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public List<Candidate> getCandidates() {
		return List.copyOf(candidates);
	}

	public List<DossierFile> getFiles() {
		return List.copyOf(files);
	}

	public List<NominationStep> getSteps() {
		return List.copyOf(steps);
	}

	public long getVersion() {
		return version;
	}

}
