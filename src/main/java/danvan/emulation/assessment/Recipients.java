package danvan.emulation.assessment;

import java.util.List;

import org.springframework.stereotype.Component;

import danvan.emulation.demo.DemoActor;
import danvan.emulation.movement.ReviewStep;
import danvan.identity.Account;
import danvan.identity.AccountService;
import danvan.org.OrgDirectory;
import danvan.platform.notifications.Addressees;
import danvan.platform.security.Actor;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;

/** Who hears about an assessment's move: the step's reviewers, or the unit's officers. */
@Component
public class Recipients {

	private static final Actor SYSTEM = new DemoActor("hệ thống", "hệ thống", null,
			List.of(new Grant(Role.ADMIN, null)));

	private final AccountService accounts;

	private final OrgDirectory org;

	Recipients(AccountService accounts, OrgDirectory org) {
		this.accounts = accounts;
		this.org = org;
	}

	Addressees reviewersOf(ReviewStep step, Long unitId) {
		return Addressees.accounts(accounts.visibleTo(SYSTEM)
			.stream()
			.filter(Account::isEnabled)
			.filter(a -> step.getReviewers().isEmpty() ? holds(a, List.of(Role.REVIEWER), unitId)
					: step.isAssigned(a.getUsername()))
			.filter(a -> a.getHomeUnitId() == null || !(a.getHomeUnitId().equals(unitId) || org.isWithin(unitId, a.getHomeUnitId())))
			.map(Account::getUsername)
			.toList());
	}

	public Addressees officersOf(Long unitId) {
		return Addressees.holding(Role.UNIT_OFFICER, unitId);
	}

	private boolean holds(Account account, List<Role> roles, Long unitId) {
		return account.grantList()
			.stream()
			.anyMatch(g -> roles.contains(g.role()) && (g.isGlobal() || org.isWithin(unitId, g.scopeUnitId())));
	}

}
