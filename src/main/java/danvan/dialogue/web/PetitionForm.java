package danvan.dialogue.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import danvan.dialogue.PetitionDraft;
import danvan.dialogue.PetitionKind;
import danvan.dialogue.PetitionSource;
import danvan.platform.text.PlainText;

/** Taking down a petition, turned into a {@link PetitionDraft} before it reaches the service. */
public class PetitionForm implements java.io.Serializable {

	/** Kept in the session as a flash attribute after a refused form: with several nodes, the session is in Redis. */
	private static final long serialVersionUID = 1L;


	@NotNull
	private Long unitId;

	private Long dialogueId;

	private Long receptionDayId;

	@NotNull
	private PetitionSource source = PetitionSource.DIALOGUE;

	@NotNull
	private PetitionKind kind = PetitionKind.PETITION;

	@Size(max = 200)
	@PlainText
	private String field;

	@NotBlank
	@Size(max = 4000)
	private String content;

	@NotNull
	@Min(1)
	@Max(10_000)
	private Integer people = 1;

	@NotBlank
	@Size(max = 150)
	@PlainText
	private String petitionerName;

	@Pattern(regexp = "|\\d{9}|\\d{12}|[A-Z]\\d{7}", message = "{dialogue.petition.identity.shape}")
	private String petitionerIdentity;

	@Size(max = 300)
	@PlainText
	private String petitionerAddress;

	@Size(max = 100)
	@PlainText
	private String petitionerContact;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate receivedOn;

	PetitionDraft draft() {
		return new PetitionDraft(unitId, dialogueId, source, kind, blankToNull(field), content.trim(), people,
				petitionerName.trim(), blankToNull(petitionerIdentity), blankToNull(petitionerAddress),
				blankToNull(petitionerContact), receivedOn);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public Long getReceptionDayId() {
		return receptionDayId;
	}

	public void setReceptionDayId(Long receptionDayId) {
		this.receptionDayId = receptionDayId;
	}

	public Long getDialogueId() {
		return dialogueId;
	}

	public void setDialogueId(Long dialogueId) {
		this.dialogueId = dialogueId;
	}

	public PetitionSource getSource() {
		return source;
	}

	public void setSource(PetitionSource source) {
		this.source = source;
	}

	public PetitionKind getKind() {
		return kind;
	}

	public void setKind(PetitionKind kind) {
		this.kind = kind;
	}

	public String getField() {
		return field;
	}

	public void setField(String field) {
		this.field = field;
	}

	public String getContent() {
		return content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public Integer getPeople() {
		return people;
	}

	public void setPeople(Integer people) {
		this.people = people;
	}

	public String getPetitionerName() {
		return petitionerName;
	}

	public void setPetitionerName(String petitionerName) {
		this.petitionerName = petitionerName;
	}

	public String getPetitionerIdentity() {
		return petitionerIdentity;
	}

	public void setPetitionerIdentity(String petitionerIdentity) {
		this.petitionerIdentity = petitionerIdentity;
	}

	public String getPetitionerAddress() {
		return petitionerAddress;
	}

	public void setPetitionerAddress(String petitionerAddress) {
		this.petitionerAddress = petitionerAddress;
	}

	public String getPetitionerContact() {
		return petitionerContact;
	}

	public void setPetitionerContact(String petitionerContact) {
		this.petitionerContact = petitionerContact;
	}

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public void setReceivedOn(LocalDate receivedOn) {
		this.receivedOn = receivedOn;
	}

}
