package danvan.dialogue.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import danvan.dialogue.petition.PetitionDraft;
import danvan.dialogue.petition.PetitionSource;

/** Taking down a petition, turned into a {@link PetitionDraft} before it reaches the service. */
public class PetitionForm extends PetitionerFields {

	/** Kept in the session as a flash attribute after a refused form: with several nodes, the session is in Redis. */
	private static final long serialVersionUID = 1L;


	@NotNull
	private Long unitId;

	private Long dialogueId;

	private Long receptionDayId;

	@NotNull
	private PetitionSource source = PetitionSource.DIALOGUE;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate receivedOn;

	PetitionDraft draft() {
		return new PetitionDraft(unitId, dialogueId, source, getKind(), blankToNull(getField()), getContent().trim(),
				getPeople(), getPetitionerName().trim(), blankToNull(getPetitionerIdentity()),
				blankToNull(getPetitionerAddress()), blankToNull(getPetitionerContact()), receivedOn);
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

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public void setReceivedOn(LocalDate receivedOn) {
		this.receivedOn = receivedOn;
	}

}
