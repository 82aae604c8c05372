package danvan.dialogue;

/** A dialogue on every matter the citizens raise, or on one field (Education, land…). */
public enum DialogueKind {

	COMPREHENSIVE, THEMATIC

}
