package danvan.commendation.nomination;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import danvan.commendation.RecipientKind;

/** A person or unit proposed, with the check of the rules, a justification if it fails, and the council's vote. */
@Embeddable
public class Candidate {

	@Enumerated(EnumType.STRING)
	private RecipientKind recipientKind;

	private Long officialId;

	private Long unitId;

	private String name;

	private String achievement;

	private boolean deceased;

	private Boolean eligible;

	private String checkSummary;

	private String justification;

	private String justifiedBy;

	@Enumerated(EnumType.STRING)
	private CandidateOutcome outcome;

	private Integer votesFor;

	private Integer votesAgainst;

	protected Candidate() {
	}

	Candidate(RecipientKind kind, Long officialId, Long unitId, String name, String achievement, boolean deceased) {
		this.recipientKind = kind;
		this.officialId = officialId;
		this.unitId = unitId;
		this.name = name;
		this.achievement = achievement;
		this.deceased = deceased;
		this.outcome = CandidateOutcome.PENDING;
	}

	boolean same(Candidate other) {
		return officialId != null ? officialId.equals(other.officialId)
				: other.officialId == null && unitId != null && unitId.equals(other.unitId);
	}

	void checked(boolean eligible, String summary) {
		this.eligible = eligible;
		this.checkSummary = summary;
	}

	void justify(String text, String by) {
		this.justification = text;
		this.justifiedBy = by;
	}

	void vote(boolean approved, Integer votesFor, Integer votesAgainst) {
		this.outcome = approved ? CandidateOutcome.APPROVED : CandidateOutcome.REJECTED;
		this.votesFor = votesFor;
		this.votesAgainst = votesAgainst;
	}

	/** May go forward: passed every rule, or failed with a recorded justification. */
	public boolean mayProceed() {
		return Boolean.TRUE.equals(eligible) || justification != null && !justification.isBlank();
	}

	public RecipientKind getRecipientKind() {
		return recipientKind;
	}

	public Long getOfficialId() {
		return officialId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public String getName() {
		return name;
	}

	public String getAchievement() {
		return achievement;
	}

	public boolean isDeceased() {
		return deceased;
	}

	public Boolean getEligible() {
		return eligible;
	}

	public String getCheckSummary() {
		return checkSummary;
	}

	public String getJustification() {
		return justification;
	}

	public String getJustifiedBy() {
		return justifiedBy;
	}

	public CandidateOutcome getOutcome() {
		return outcome;
	}

	public Integer getVotesFor() {
		return votesFor;
	}

	public Integer getVotesAgainst() {
		return votesAgainst;
	}

}
