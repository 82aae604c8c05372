package danvan.dialogue.petition;

import java.time.LocalDate;

/** A petition as it is taken down, checked by {@link PetitionService}. */
public record PetitionDraft(Long unitId, Long dialogueId, PetitionSource source, PetitionKind kind, String field,
		String content, int people, String petitionerName, String petitionerIdentity, String petitionerAddress,
		String petitionerContact, LocalDate receivedOn) {
}
