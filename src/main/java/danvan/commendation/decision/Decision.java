package danvan.commendation.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

import danvan.platform.audit.AuditLabel;
import danvan.platform.audit.AuditTrail;
import danvan.platform.documents.SigningAuthority;
import danvan.platform.web.RuleViolationException;

/**
 * A decision (quyết định): drafted, then issued with the next number of its issuer, type and period. Issued, it
 * never changes again; a later decision amends or revokes it and both stay linked.
 */
@Entity
@Table(name = "commendation_decision")
@AuditTrail("Decision")
public class Decision implements AuditLabel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long issuerId;

	private String docType;

	@Enumerated(EnumType.STRING)
	private DecisionKind kind;

	@Enumerated(EnumType.STRING)
	private DecisionStatus status;

	private String title;

	private LocalDate decidedOn;

	private String grounds;

	private String proposal;

	private String articles;

	private String signerName;

	private String signerTitle;

	@Enumerated(EnumType.STRING)
	private SigningAuthority signerAuthority;

	private String signerOnBehalf;

	private String recipientsTo;

	private Integer sequenceNo;

	private String number;

	private String periodKey;

	private Instant issuedAt;

	private String issuedBy;

	private Long amendsId;

	private Long supersededById;

	private Long nominationId;

	private String createdBy;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "commendation_decision_recipient", joinColumns = @JoinColumn(name = "decision_id"))
	@OrderColumn(name = "line_no")
	private List<DecisionRecipient> recipients = new ArrayList<>();

	@Version
	private long version;

	protected Decision() {
	}

	Decision(Long issuerId, DecisionKind kind, String createdBy) {
		this.issuerId = issuerId;
		this.docType = "QĐ";
		this.kind = kind;
		this.status = DecisionStatus.DRAFT;
		this.createdBy = createdBy;
	}

	void describe(String title, LocalDate decidedOn, String grounds, String proposal, String articles,
			String signerName, String signerTitle, SigningAuthority authority, String onBehalfOf, String recipientsTo) {
		requireDraft();
		this.title = title;
		this.decidedOn = decidedOn;
		this.grounds = grounds;
		this.proposal = proposal;
		this.articles = articles;
		this.signerName = signerName;
		this.signerTitle = signerTitle;
		this.signerAuthority = authority == null ? SigningAuthority.DIRECT : authority;
		this.signerOnBehalf = onBehalfOf;
		this.recipientsTo = recipientsTo;
	}

	void amends(Decision original) {
		this.amendsId = original.getId();
	}

	public void fromNomination(Long nominationId) {
		this.nominationId = nominationId;
	}

	void addRecipient(DecisionRecipient recipient) {
		requireDraft();
		if (recipients.stream().anyMatch(r -> r.sameRecipient(recipient) && r.getAwardTypeId().equals(recipient.getAwardTypeId()))) {
			throw RuleViolationException.onField("recipient", "commendation.decision.duplicateRecipient",
					recipient.getName());
		}
		recipients.add(recipient);
	}

	void removeRecipient(int index) {
		requireDraft();
		if (index < 0 || index >= recipients.size()) {
			throw new RuleViolationException("commendation.decision.unknownRecipient");
		}
		recipients.remove(index);
	}

	/** Assigns the number; refuses a decision without grounds, signer or (for a grant) recipients. */
	void issue(int sequence, String periodKey, String formattedNumber, Instant at, String by) {
		requireDraft();
		if (groundLines().isEmpty()) {
			throw RuleViolationException.onField("grounds", "commendation.decision.groundsRequired");
		}
		if (signerName == null || signerName.isBlank() || signerTitle == null || signerTitle.isBlank()) {
			throw RuleViolationException.onField("signerName", "commendation.decision.signerRequired");
		}
		if (kind != DecisionKind.REVOCATION && recipients.isEmpty()) {
			throw RuleViolationException.onField("recipient", "commendation.decision.recipientsRequired");
		}
		this.sequenceNo = sequence;
		this.periodKey = periodKey;
		this.number = formattedNumber;
		this.issuedAt = at;
		this.issuedBy = by;
		this.status = DecisionStatus.ISSUED;
	}

	/** Marks an issued decision as amended or revoked by {@code later}. */
	void supersededBy(Decision later) {
		if (status != DecisionStatus.ISSUED) {
			throw new RuleViolationException("commendation.decision.notIssued");
		}
		this.status = later.kind == DecisionKind.REVOCATION ? DecisionStatus.REVOKED : DecisionStatus.AMENDED;
		this.supersededById = later.getId();
	}

	void requireDraft() {
		if (status != DecisionStatus.DRAFT) {
			throw new RuleViolationException("commendation.decision.immutable");
		}
	}

	public List<String> groundLines() {
		return lines(grounds);
	}

	public List<String> articleLines() {
		return lines(articles);
	}

	public List<String> recipientsToLines() {
		return lines(recipientsTo);
	}

	static List<String> lines(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public boolean isDraft() {
		return status == DecisionStatus.DRAFT;
	}

	@Override
	public String auditLabel() {
		return number == null ? title : number;
	}

	public Long getId() {
		return id;
	}

	public Long getIssuerId() {
		return issuerId;
	}

	public String getDocType() {
		return docType;
	}

	public DecisionKind getKind() {
		return kind;
	}

	public DecisionStatus getStatus() {
		return status;
	}

	public String getTitle() {
		return title;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public String getGrounds() {
		return grounds;
	}

	public String getProposal() {
		return proposal;
	}

	public String getArticles() {
		return articles;
	}

	public String getSignerName() {
		return signerName;
	}

	public String getSignerTitle() {
		return signerTitle;
	}

	public SigningAuthority getSignerAuthority() {
		return signerAuthority;
	}

	public String getSignerOnBehalf() {
		return signerOnBehalf;
	}

	public String getRecipientsTo() {
		return recipientsTo;
	}

	public Integer getSequenceNo() {
		return sequenceNo;
	}

	public String getNumber() {
		return number;
	}

	public String getPeriodKey() {
		return periodKey;
	}

	public Instant getIssuedAt() {
		return issuedAt;
	}

	public String getIssuedBy() {
		return issuedBy;
	}

	public Long getAmendsId() {
		return amendsId;
	}

	public Long getSupersededById() {
		return supersededById;
	}

	public Long getNominationId() {
		return nominationId;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public List<DecisionRecipient> getRecipients() {
		return List.copyOf(recipients);
	}

	public long getVersion() {
		return version;
	}

}
