package danvan.commendation.certificate;

/** What a blank's text box prints. HEADING_*, TITLE and TEXT are the design: printed on plain paper only. */
public enum CertificateField {

	HEADING_LEFT, HEADING_RIGHT, TITLE, TEXT, RECIPIENT_NAME, RECIPIENT_POSITION, ACHIEVEMENT, DECISION,
	REGISTER_NUMBER, PLACE_DATE, SIGNER_TITLE, SIGNER_NAME

}
