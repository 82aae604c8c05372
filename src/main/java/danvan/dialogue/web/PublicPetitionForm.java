package danvan.dialogue.web;

import danvan.dialogue.PetitionKind;
import danvan.dialogue.PublicPetitions;

/** The portal's petition form as typed; {@code website} is the hidden honeypot. */
public class PublicPetitionForm {

	private PetitionKind kind = PetitionKind.PETITION;

	private String field;

	private String content;

	private Integer people = 1;

	private String petitionerName;

	private String petitionerIdentity;

	private String petitionerAddress;

	private String petitionerContact;

	private String website;

	PublicPetitions.Sent sent() {
		return new PublicPetitions.Sent(kind, field, content, people, petitionerName, petitionerIdentity,
				petitionerAddress, petitionerContact, website);
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

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

}
