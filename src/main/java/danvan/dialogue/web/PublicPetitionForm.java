package danvan.dialogue.web;

import danvan.dialogue.petition.PublicPetitions;

/** The portal's petition form as typed; {@code website} is the hidden honeypot. */
public class PublicPetitionForm extends PetitionerFields {

	private static final long serialVersionUID = 1L;

	private String website;

	PublicPetitions.Sent sent() {
		return new PublicPetitions.Sent(getKind(), getField(), getContent(), getPeople(), getPetitionerName(),
				getPetitionerIdentity(), getPetitionerAddress(), getPetitionerContact(), website);
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

}
