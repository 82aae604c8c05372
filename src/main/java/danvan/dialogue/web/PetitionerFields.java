package danvan.dialogue.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import danvan.dialogue.petition.PetitionKind;
import danvan.platform.text.PlainText;

/**
 * The part of a petition form that says what is asked and who asks it: kind, field, content, number of people
 * and the petitioner's name, identity number, address and contact. Shared by the officer's form
 * ({@link PetitionForm}, validated here) and the portal's ({@link PublicPetitionForm}, checked by the service).
 */
public abstract class PetitionerFields implements java.io.Serializable {

	private static final long serialVersionUID = 1L;

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

}
