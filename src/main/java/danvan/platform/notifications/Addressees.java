package danvan.platform.notifications;

import java.util.Collection;
import java.util.List;

import danvan.platform.security.Role;

/** Who a notice goes to: named accounts, or everyone holding a role over a unit. */
public sealed interface Addressees {

	static Addressees accounts(Collection<String> usernames) {
		return new Accounts(List.copyOf(usernames));
	}

	/** The enabled accounts holding {@code role} with a scope covering {@code unitId} (or a global grant). */
	static Addressees holding(Role role, Long unitId) {
		return new Holding(role, unitId);
	}

	record Accounts(List<String> usernames) implements Addressees {
	}

	record Holding(Role role, Long unitId) implements Addressees {
	}

}
