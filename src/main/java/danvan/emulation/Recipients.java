package danvan.emulation;

import java.util.List;

import org.springframework.stereotype.Component;

import danvan.identity.Account;
import danvan.identity.AccountService;
import danvan.org.OrgDirectory;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;

/** Who hears about an assessment's move: the step's reviewers, or the unit's officers. */
@Component
class Recipients {

	record Recipient(String username, String email) {
	}

	private static final DemoActor SYSTEM = new DemoActor("hệ thống", "hệ thống", null,
			List.of(new Grant(Role.ADMIN, null)));

	private final AccountService accounts;

	private final OrgDirectory org;

	Recipients(AccountService accounts, OrgDirectory org) {
		this.accounts = accounts;
		this.org = org;
	}

	List<Recipient> reviewersOf(ReviewStep step, Long unitId) {
		return accounts.visibleTo(SYSTEM)
			.stream()
			.filter(Account::isEnabled)
			.filter(a -> step.getReviewers().isEmpty() ? holds(a, List.of(Role.REVIEWER), unitId)
					: step.isAssigned(a.getUsername()))
			.filter(a -> a.getHomeUnitId() == null || !(a.getHomeUnitId().equals(unitId) || org.isWithin(unitId, a.getHomeUnitId())))
			.map(a -> new Recipient(a.getUsername(), a.getEmail()))
			.toList();
	}

	List<Recipient> officersOf(Long unitId) {
		return accounts.visibleTo(SYSTEM)
			.stream()
			.filter(Account::isEnabled)
			.filter(a -> holds(a, List.of(Role.UNIT_OFFICER), unitId))
			.map(a -> new Recipient(a.getUsername(), a.getEmail()))
			.toList();
	}

	private boolean holds(Account account, List<Role> roles, Long unitId) {
		return account.grantList()
			.stream()
			.anyMatch(g -> roles.contains(g.role()) && (g.isGlobal() || org.isWithin(unitId, g.scopeUnitId())));
	}

}
