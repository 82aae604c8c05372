package danvan.platform.notifications;

import java.util.List;

import danvan.platform.security.Role;

/**
 * Where the platform finds the people behind {@link Addressees}: implemented by the module that keeps the accounts
 * (identity), so the platform imports no business module.
 */
public interface RecipientDirectory {

	/** The enabled accounts among {@code usernames}. */
	List<Recipient> accounts(List<String> usernames);

	/** The enabled accounts holding {@code role} over {@code unitId}. */
	List<Recipient> holding(Role role, Long unitId);

	/** An account to notify; {@code email} may be blank. */
	record Recipient(String username, String email) {
	}

}
