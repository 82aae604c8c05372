package danvan.dialogue.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.audit.AuditTrail;
import danvan.platform.web.RuleViolationException;

/**
 * A citizen's petition (kiến nghị, phản ánh…) followed until it is answered. It owns its state machine: each move
 * checks the current state and refuses an illegal one. The petitioner's name, identity number, address and contact
 * are personal data: {@link PetitionService} shows them only to the officers handling the petition.
 */
@Entity
@Table(name = "dialogue_petition")
@AuditTrail(value = "Petition", ignore = "trackingSecret")
public class Petition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String trackingCode;

	private String trackingSecret;

	private Long receptionDayId;

	private Long unitId;

	private Long dialogueId;

	@Enumerated(EnumType.STRING)
	private PetitionSource source;

	@Enumerated(EnumType.STRING)
	private PetitionKind kind;

	private String field;

	private String content;

	private int people;

	private String petitionerName;

	private String petitionerIdentity;

	private String petitionerAddress;

	private String petitionerContact;

	private LocalDate receivedOn;

	@Enumerated(EnumType.STRING)
	private PetitionStatus status;

	private LocalDate replyDue;

	private Long forwardedToUnitId;

	private String referralNumber;

	private LocalDate referralDate;

	private String answer;

	private LocalDate answeredOn;

	private LocalDate forwarderNoticeDue;

	private LocalDate refusalDue;

	private LocalDate closedOn;

	private Instant createdAt;

	private String createdBy;

	/** For a petition sent through the portal's form: a hash of the sender's address, for the rate limit. */
	private String clientKey;

	@Version
	private long version;

	protected Petition() {
	}

	Petition(String trackingCode, String trackingSecret, PetitionDraft draft, LocalDate replyDue,
			LocalDate refusalDue, Instant createdAt, String createdBy) {
		this.trackingCode = trackingCode;
		this.trackingSecret = trackingSecret;
		this.unitId = draft.unitId();
		this.dialogueId = draft.dialogueId();
		this.source = draft.source();
		this.kind = draft.kind();
		this.field = draft.field();
		this.content = draft.content();
		this.people = draft.people();
		this.petitionerName = draft.petitionerName();
		this.petitionerIdentity = draft.petitionerIdentity();
		this.petitionerAddress = draft.petitionerAddress();
		this.petitionerContact = draft.petitionerContact();
		this.receivedOn = draft.receivedOn();
		this.status = PetitionStatus.RECEIVED;
		this.replyDue = replyDue;
		this.refusalDue = refusalDue;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	void sentFrom(String clientKey) {
		this.clientKey = clientKey;
	}

	/** Forwarded to the body that must answer, with the referral document. */
	void forward(Long agencyUnitId, String number, LocalDate date) {
		require(Set.of(PetitionStatus.RECEIVED, PetitionStatus.ACCEPTED, PetitionStatus.REOPENED));
		if (agencyUnitId == null) {
			throw RuleViolationException.onField("agencyUnitId", "dialogue.petition.agency.required");
		}
		if (agencyUnitId.equals(unitId)) {
			throw RuleViolationException.onField("agencyUnitId", "dialogue.petition.agency.self");
		}
		if (date != null && date.isBefore(receivedOn)) {
			throw RuleViolationException.onField("referralDate", "dialogue.petition.date.beforeReceipt");
		}
		this.forwardedToUnitId = agencyUnitId;
		this.referralNumber = number;
		this.referralDate = date;
		this.status = PetitionStatus.FORWARDED;
	}

	/** Accepted in the receiving unit's own competence. */
	void accept() {
		require(Set.of(PetitionStatus.RECEIVED));
		this.status = PetitionStatus.ACCEPTED;
	}

	/** Guided to the competent body (not forwarded): nothing more to follow here. */
	void guide() {
		require(Set.of(PetitionStatus.RECEIVED));
		this.status = PetitionStatus.GUIDED;
	}

	void refuse() {
		require(Set.of(PetitionStatus.RECEIVED));
		this.status = PetitionStatus.REFUSED;
	}

	/**
	 * The answer of the competent body (or given on the spot, straight from {@code RECEIVED}); for a forwarded
	 * petition the body then owes the forwarder a notice by {@code forwarderNoticeDue}.
	 */
	void answer(String text, LocalDate on, LocalDate forwarderNoticeDue) {
		require(PetitionStatus.WAITING);
		if (text == null || text.isBlank()) {
			throw RuleViolationException.onField("answer", "dialogue.petition.answer.required");
		}
		if (on == null || on.isBefore(receivedOn)) {
			throw RuleViolationException.onField("answeredOn", "dialogue.petition.date.beforeReceipt");
		}
		this.answer = text;
		this.answeredOn = on;
		this.forwarderNoticeDue = forwardedToUnitId == null ? null : forwarderNoticeDue;
		this.status = PetitionStatus.ANSWERED;
	}

	/** The citizen has been told the answer. */
	void close(LocalDate on) {
		if (status.isWaiting() || answer == null) {
			throw new RuleViolationException("dialogue.petition.close.noAnswer");
		}
		require(Set.of(PetitionStatus.ANSWERED));
		this.closedOn = on;
		this.status = PetitionStatus.CLOSED;
	}

	/** The citizen is not satisfied with the answer: it waits for a new one, due afresh. */
	void reopen(LocalDate newReplyDue) {
		require(Set.of(PetitionStatus.ANSWERED, PetitionStatus.CLOSED));
		this.closedOn = null;
		this.replyDue = newReplyDue;
		this.status = PetitionStatus.REOPENED;
	}

	/** Waiting for an answer after its reply due date. */
	public boolean isOverdue(LocalDate today) {
		return status.isWaiting() && today.isAfter(replyDue);
	}

	private void require(Set<PetitionStatus> allowed) {
		if (!allowed.contains(status)) {
			throw new RuleViolationException("dialogue.petition.illegalMove");
		}
	}

	public Long getId() {
		return id;
	}

	/** A case heard at a citizen-reception day. */
	void heardAt(Long receptionDayId) {
		this.receptionDayId = receptionDayId;
	}

	/** The secret printed on the receipt next to the tracking code; for the handling officers only. */
	String getTrackingSecret() {
		return trackingSecret;
	}

	public Long getReceptionDayId() {
		return receptionDayId;
	}

	public String getTrackingCode() {
		return trackingCode;
	}

	public Long getUnitId() {
		return unitId;
	}

	public Long getDialogueId() {
		return dialogueId;
	}

	public PetitionSource getSource() {
		return source;
	}

	public PetitionKind getKind() {
		return kind;
	}

	public String getField() {
		return field;
	}

	public String getContent() {
		return content;
	}

	public int getPeople() {
		return people;
	}

	String getPetitionerName() {
		return petitionerName;
	}

	String getPetitionerIdentity() {
		return petitionerIdentity;
	}

	String getPetitionerAddress() {
		return petitionerAddress;
	}

	String getPetitionerContact() {
		return petitionerContact;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public PetitionStatus getStatus() {
		return status;
	}

	public LocalDate getReplyDue() {
		return replyDue;
	}

	public Long getForwardedToUnitId() {
		return forwardedToUnitId;
	}

	public String getReferralNumber() {
		return referralNumber;
	}

	public LocalDate getReferralDate() {
		return referralDate;
	}

	public String getAnswer() {
		return answer;
	}

	public LocalDate getAnsweredOn() {
		return answeredOn;
	}

	public LocalDate getForwarderNoticeDue() {
		return forwarderNoticeDue;
	}

	public LocalDate getRefusalDue() {
		return refusalDue;
	}

	public LocalDate getClosedOn() {
		return closedOn;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public long getVersion() {
		return version;
	}

}
