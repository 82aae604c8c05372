package danvan.identity;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.context.ApplicationContext;

import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;

/** Test helper: fresh accounts with unique names, and the principals of real accounts for MockMvc. */
public class Accounts {

	public static final String PASSWORD = "Danvan@2026";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final AccountService service;

	private final AccountUserDetailsService users;

	private final OrgDirectory org;

	public Accounts(ApplicationContext context) {
		this.service = context.getBean(AccountService.class);
		this.users = context.getBean(AccountUserDetailsService.class);
		this.org = context.getBean(OrgDirectory.class);
	}

	/** A username nobody has used yet in this test run. */
	public static String unique(String prefix) {
		return prefix + System.currentTimeMillis() % 100_000 + "x" + SEQUENCE.incrementAndGet();
	}

	/** The signed-in principal of an existing account, as the security filter would build it. */
	public UserDetails principal(String username) {
		return users.loadUserByUsername(username);
	}

	public Actor actor(String username) {
		return (Actor) principal(username);
	}

	public Long unitId(String code) {
		return org.unitByCode(code).orElseThrow().id();
	}

	/** Creates an account with one role over the unit {@code scopeCode} (null: the whole system). */
	public String create(String prefix, Role role, String scopeCode) {
		String username = unique(prefix);
		Long scope = scopeCode == null ? null : unitId(scopeCode);
		service.create(actor("admin"), username, PASSWORD,
				new AccountDraft("Người thử " + username, null, null, scope, List.of(new Grant(role, scope))));
		return username;
	}

	public Account get(String username) {
		return service.visibleTo(actor("admin"))
			.stream()
			.filter(a -> a.getUsername().equals(username))
			.findFirst()
			.orElseThrow();
	}

}
