package danvan.dialogue.petition;

/** Where a petition was heard. */
public enum PetitionSource {

	DIALOGUE, RECEPTION, LETTER,

	/** The public form on the portal ({@code /kien-nghi/gui}). */
	PORTAL

}
