package danvan.platform.documents;

/**
 * How the signer signs: in their own right, on behalf of a collective (T/M, TM.), as a deputy of the head
 * (K/T, KT.) or by order (T/L, TL.). The printed prefix comes from the layout profile.
 */
public enum SigningAuthority {

	DIRECT, ON_BEHALF, DEPUTY, BY_ORDER;

	public String messageKey() {
		return "documents.authority." + name();
	}

}
