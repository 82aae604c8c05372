package danvan.platform.documents;

/** Which body of rules a document follows: State administrative documents or Party documents. */
public enum DocumentFamily {

	STATE, PARTY;

	public String messageKey() {
		return "documents.family." + name();
	}

}
