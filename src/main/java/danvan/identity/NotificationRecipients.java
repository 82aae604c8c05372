package danvan.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.platform.notifications.RecipientDirectory;
import danvan.platform.security.Role;

/** The platform inbox's addressees as accounts: only enabled ones, a role's holders by the subtree they cover. */
@Component
@Transactional(readOnly = true)
class NotificationRecipients implements RecipientDirectory {

	private final AccountRepository accounts;

	private final OrgDirectory org;

	NotificationRecipients(AccountRepository accounts, OrgDirectory org) {
		this.accounts = accounts;
		this.org = org;
	}

	@Override
	public List<Recipient> accounts(List<String> usernames) {
		Set<String> wanted = new HashSet<>(usernames);
		return recipients(enabled().filter(a -> wanted.contains(a.getUsername())));
	}

	@Override
	public List<Recipient> holding(Role role, Long unitId) {
		return recipients(enabled().filter(a -> a.grantList()
			.stream()
			.anyMatch(g -> g.role() == role && (g.isGlobal() || org.isWithin(unitId, g.scopeUnitId())))));
	}

	private Stream<Account> enabled() {
		return accounts.findAll(Sort.by("username")).stream().filter(Account::isEnabled);
	}

	private static List<Recipient> recipients(Stream<Account> accounts) {
		return accounts.map(a -> new Recipient(a.getUsername(), a.getEmail())).toList();
	}

}
