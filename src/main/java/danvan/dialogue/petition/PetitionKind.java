package danvan.dialogue.petition;

/** Loại đơn of Mẫu 03/TCD: complaints and denunciations are recorded and referred, not judged here. */
public enum PetitionKind {

	PETITION, FEEDBACK, COMPLAINT, DENUNCIATION

}
