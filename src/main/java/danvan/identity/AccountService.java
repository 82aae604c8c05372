package danvan.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.platform.cluster.ClusterCaches;
import danvan.platform.audit.AuditAction;
import danvan.platform.audit.AuditWriter;
import danvan.platform.security.Actor;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/**
 * Accounts and their grants. Only administrators manage accounts, and only within their own scope: an
 * administrator of a district cannot hand out rights over another district.
 */
@Service
@Transactional
public class AccountService {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final OrgDirectory org;

	private final Clock clock;

	private final AuditWriter audit;

	private final ClusterCaches caches;

	AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, OrgDirectory org, Clock clock,
			AuditWriter audit, ClusterCaches caches) {
		this.caches = caches;
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.org = org;
		this.clock = clock;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Account> visibleTo(Actor actor) {
		return accounts.findAll(Sort.by("username")).stream().filter(a -> manages(actor, a)).toList();
	}

	@Transactional(readOnly = true)
	public Account get(Actor actor, Long id) {
		Account account = accounts.findById(id).orElseThrow(NotFoundException::record);
		if (!manages(actor, account)) {
			throw new AccessDeniedException("account outside scope");
		}
		return account;
	}

	public Account create(Actor actor, String username, String password, AccountDraft draft) {
		String name = username == null ? "" : username.trim().toLowerCase();
		if (!USERNAME.matcher(name).matches()) {
			throw RuleViolationException.onField("username", "identity.username.invalid");
		}
		if (accounts.existsByUsernameIgnoreCase(name)) {
			throw RuleViolationException.onField("username", "identity.username.taken", name);
		}
		PasswordPolicy.check("password", password, name);
		Account account = new Account(name, passwordEncoder.encode(password), draft.displayName(), clock.instant());
		apply(actor, account, draft);
		return accounts.save(account);
	}

	public Account update(Actor actor, Long id, long version, AccountDraft draft) {
		Account account = get(actor, id);
		StaleRecordException.check(version, account.getVersion());
		boolean keepsAdmin = draft.grants().stream().anyMatch(g -> g.role() == Role.ADMIN);
		if (account.getUsername().equals(actor.username()) && !keepsAdmin) {
			// otherwise the last administrator could lock everyone out of account management
			throw RuleViolationException.onField("grants", "identity.account.cannotDropOwnAdmin");
		}
		apply(actor, account, draft);
		return account;
	}

	/**
	 * Moves the grant at {@code index} from a unit that has ended to the unit that succeeds it today (through a
	 * chain of mergers: Tân Lý Tây → thị trấn Tân Hiệp → xã Châu Thành), same role. The audit trail keeps the
	 * grant as it was.
	 */
	public Grant moveGrantToSuccessor(Actor actor, Long id, long version, int index) {
		Account account = get(actor, id);
		StaleRecordException.check(version, account.getVersion());
		List<Grant> grants = new java.util.ArrayList<>(account.grantList());
		if (index < 0 || index >= grants.size()) {
			throw new RuleViolationException("identity.grant.unknown");
		}
		Grant grant = grants.get(index);
		OrgDirectory.UnitRef scope = grant.isGlobal() ? null : org.unit(grant.scopeUnitId()).orElse(null);
		if (scope == null || scope.active()) {
			throw new RuleViolationException("identity.grant.notEnded");
		}
		OrgDirectory.UnitRef successor = org.currentSuccessorOf(scope.id())
			.orElseThrow(() -> new RuleViolationException("identity.grant.noSuccessor", scope.name()));
		if (!covers(actor, successor.id())) {
			throw new RuleViolationException("identity.grant.outsideScope");
		}
		Grant moved = new Grant(grant.role(), successor.id());
		grants.set(index, moved);
		account.replaceGrants(grants);
		return moved;
	}

	public void resetPassword(Actor actor, Long id, String newPassword) {
		Account account = get(actor, id);
		PasswordPolicy.check("password", newPassword, account.getUsername());
		account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
		audit.writeEvent(SignInAttempts.ACCOUNT, account.getId(), AuditAction.PASSWORD_RESET, actor.username(),
				Map.of("account", account.getUsername()));
	}

	public void disable(Actor actor, Long id) {
		Account account = get(actor, id);
		if (account.getUsername().equals(actor.username())) {
			throw new RuleViolationException("identity.account.cannotDisableSelf");
		}
		account.disable();
	}

	public void enable(Actor actor, Long id) {
		get(actor, id).enable();
	}

	public void unlock(Actor actor, Long id) {
		get(actor, id).unlock();
	}

	/** A user changes their own password, proving they know the current one. */
	public void changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
		Account account = accounts.findByUsernameIgnoreCase(actor.username()).orElseThrow(NotFoundException::record);
		if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw RuleViolationException.onField("currentPassword", "identity.password.currentWrong");
		}
		PasswordPolicy.check("newPassword", newPassword, account.getUsername());
		account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
		audit.writeEvent(SignInAttempts.ACCOUNT, account.getId(), AuditAction.PASSWORD_CHANGE, account.getUsername(),
				Map.of("account", account.getUsername()));
	}

	private void apply(Actor actor, Account account, AccountDraft draft) {
		if (draft.displayName() == null || draft.displayName().isBlank() || draft.displayName().length() > 150) {
			throw RuleViolationException.onField("displayName", "identity.displayName.invalid");
		}
		if (draft.email() != null && draft.email().length() > 120) {
			throw RuleViolationException.onField("email", "identity.email.invalid");
		}
		Long homeUnitId = draft.homeUnitId();
		if (draft.officialId() != null) {
			homeUnitId = org.official(draft.officialId())
				.filter(official -> covers(actor, official.unitId()))
				.orElseThrow(() -> RuleViolationException.onField("officialId", "identity.official.unknown"))
				.unitId();
		}
		if (homeUnitId != null && org.unit(homeUnitId).isEmpty()) {
			throw RuleViolationException.onField("homeUnitId", "identity.unit.unknown");
		}
		if (homeUnitId != null && !covers(actor, homeUnitId)) {
			throw RuleViolationException.onField("homeUnitId", "identity.homeUnit.outsideScope");
		}
		for (Grant grant : draft.grants()) {
			if (grant.scopeUnitId() != null && org.unit(grant.scopeUnitId()).isEmpty()) {
				throw RuleViolationException.onField("grants", "identity.unit.unknown");
			}
			if (!covers(actor, grant.scopeUnitId())) {
				throw RuleViolationException.onField("grants", "identity.grant.outsideScope");
			}
		}
		account.describe(draft.displayName().trim(), blankToNull(draft.email()), draft.officialId(), homeUnitId);
		caches.drop(AccountNames.CACHE, account.getUsername());
		account.replaceGrants(draft.grants());
	}

	/** An administrator manages an account when every grant of it lies within the administrator's scope. */
	private boolean manages(Actor actor, Account account) {
		if (!actor.hasRole(Role.ADMIN)) {
			return false;
		}
		List<Grant> grants = account.grantList();
		if (grants.isEmpty()) {
			return covers(actor, account.getHomeUnitId());
		}
		return grants.stream().allMatch(g -> covers(actor, g.scopeUnitId()));
	}

	private boolean covers(Actor actor, Long unitId) {
		return actor.grantsFor(List.of(Role.ADMIN))
			.stream()
			.anyMatch(admin -> admin.isGlobal() || (unitId != null && org.isWithin(unitId, admin.scopeUnitId())));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
