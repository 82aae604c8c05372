package danvan.commendation.nomination;

/** The papers of a nomination dossier. */
public enum DossierKind {

	SUBMISSION, COUNCIL_MINUTES, ACHIEVEMENT_REPORT, LIST, OTHER;

	public String messageKey() {
		return "commendation.dossier." + name();
	}

}
