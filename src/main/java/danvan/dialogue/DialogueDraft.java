package danvan.dialogue;

import java.time.LocalDate;

/** What a person enters about a dialogue; checked by {@link DialogueService}. */
public record DialogueDraft(DialogueKind kind, String field, String title, LocalDate heldOn, String place,
		String chairName, int participants, String conclusion) {
}
