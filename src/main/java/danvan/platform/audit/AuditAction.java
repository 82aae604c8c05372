package danvan.platform.audit;

import java.util.EnumSet;
import java.util.Set;

public enum AuditAction {

	CREATE, UPDATE, DEACTIVATE, REACTIVATE, DELETE,

	/** Sign-in events of an account, written by the identity module (with the client's address). */
	SIGN_IN, SIGN_IN_FAILED, LOCKOUT, PASSWORD_CHANGE, PASSWORD_RESET,

	/** Someone read a citizen's personal data (a petitioner's), written by the module that shows it. */
	READ_PERSONAL_DATA;

	/** The sign-in events, as an account's page lists them. */
	public static final Set<AuditAction> SIGN_IN_EVENTS = EnumSet.of(SIGN_IN, SIGN_IN_FAILED,
			LOCKOUT, PASSWORD_CHANGE, PASSWORD_RESET);

	public String messageKey() {
		return "audit.action." + name();
	}

}
