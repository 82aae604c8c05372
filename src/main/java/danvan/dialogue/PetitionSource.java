package danvan.dialogue;

/** Where a petition was heard. */
public enum PetitionSource {

	DIALOGUE, RECEPTION, LETTER

}
