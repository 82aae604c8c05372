package danvan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import danvan.platform.security.Grant;
import danvan.platform.security.Role;
import danvan.platform.web.RuleViolationException;
import danvan.test.DanvanSpringTest;

@DanvanSpringTest
class AdministratorSelfProtectionTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountService service;

	@Test
	void anAdministratorCannotTakeAwayTheirOwnAdministratorRole() {
		Accounts accounts = new Accounts(context);
		String username = accounts.create("quantri", Role.ADMIN, null);
		Account account = accounts.get(username);
		AccountDraft withoutAdmin = new AccountDraft(account.getDisplayName(), null, null, null,
				List.of(new Grant(Role.BOARD_OFFICER, null)));

		assertThatThrownBy(() -> service.update(accounts.actor(username), account.getId(), account.getVersion(),
				withoutAdmin))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("identity.account.cannotDropOwnAdmin");
		assertThat(accounts.get(username).grantList()).containsExactly(new Grant(Role.ADMIN, null));

		service.update(accounts.actor("admin"), account.getId(), account.getVersion(), withoutAdmin);
		assertThat(accounts.get(username).grantList()).containsExactly(new Grant(Role.BOARD_OFFICER, null));
	}

}
