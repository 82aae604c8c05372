package danvan.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import danvan.identity.Account;
import danvan.org.OfficialService;
import danvan.org.OrgDirectory;
import danvan.org.OrgUnitService;
import danvan.org.UnitNode;
import danvan.platform.audit.AuditAction;
import danvan.platform.audit.AuditEntry;
import danvan.platform.audit.AuditHistory;
import danvan.platform.security.Actor;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;

/** Turns accounts into what the pages show: unit names, states, and the choices of the form. */
@Component
class AccountViews {

	static final String FORM = "identity/account-form";

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);

	private static final int OFFICIAL_CHOICES = 200;

	private static final int SIGN_IN_EVENTS = 50;

	static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(VIETNAM);

	private final OrgDirectory org;

	private final OrgUnitService units;

	private final OfficialService officials;

	private final Clock clock;

	private final AuditHistory history;

	AccountViews(OrgDirectory org, OrgUnitService units, OfficialService officials, Clock clock,
			AuditHistory history) {
		this.org = org;
		this.units = units;
		this.officials = officials;
		this.clock = clock;
		this.history = history;
	}

	AccountRow row(Account account) {
		List<Grant> held = account.grantList();
		List<GrantView> grants = new ArrayList<>();
		for (int i = 0; i < held.size(); i++) {
			grants.add(grant(held.get(i), i));
		}
		String lockedUntil = account.isLockedAt(clock.instant()) ? MINUTES.format(account.getLockedUntil()) : null;
		return new AccountRow(account.getId(), account.getUsername(), account.getDisplayName(),
				unitName(account.getHomeUnitId()), grants, account.isEnabled(), lockedUntil, account.getVersion());
	}

	/** The account page: the form, and for an existing account its state and action buttons. */
	String formPage(Model model, Actor actor, Account account, AccountForm form) {
		model.addAttribute("account", account == null ? null : row(account));
		model.addAttribute("passwordChangedAt", account == null || account.getPasswordChangedAt() == null ? null
				: MINUTES.format(account.getPasswordChangedAt()));
		model.addAttribute("form", form);
		if (!model.containsAttribute("resetForm")) {
			model.addAttribute("resetForm", new ResetPasswordForm());
		}
		addChoices(model, actor);
		model.addAttribute("officialOptions", officials(actor, null, form.getOfficialId()));
		model.addAttribute("signInEvents", account == null ? List.of() : signInEvents(account));
		model.addAttribute("signInLimit", SIGN_IN_EVENTS);
		return FORM;
	}

	/** The account's newest sign-in events from the audit trail: sign-ins, refusals, lockouts, password changes. */
	List<SignInEvent> signInEvents(Account account) {
		return history.recent("Account", account.getId(), AuditAction.SIGN_IN_EVENTS, SIGN_IN_EVENTS)
			.stream()
			.map(SignInEvent::of)
			.toList();
	}

	/** The choices of a permission line: roles, and the units the administrator manages, indented by depth. */
	void addChoices(Model model, Actor actor) {
		List<UnitNode> readable = units.tree(actor).stream().filter(UnitNode::readable).toList();
		int top = readable.stream().mapToInt(UnitNode::depth).min().orElse(0);
		List<UnitOption> unitOptions = readable.stream()
			.map(node -> new UnitOption(node.unit().getId(),
					"\u00a0\u00a0\u00a0".repeat(Math.max(0, node.depth() - top)) + node.unit().getName(),
					node.unit().isActive()))
			.toList();
		model.addAttribute("unitOptions", unitOptions);
		model.addAttribute("roles", Role.values());
		model.addAttribute("canGrantEverywhere",
				actor.grantsFor(List.of(Role.ADMIN)).stream().anyMatch(Grant::isGlobal));
	}

	/** Officials whose name matches {@code query} (all when empty), keeping the chosen one in the list. */
	List<OfficialOption> officials(Actor actor, String query, Long chosenId) {
		List<OfficialOption> options = new ArrayList<>(officials
			.search(actor, query, null, PageRequest.of(0, OFFICIAL_CHOICES, Sort.by("fullName")))
			.map(o -> new OfficialOption(o.getId(), o.getFullName() + " — " + o.getUnit().getName()))
			.getContent());
		if (chosenId != null && options.stream().noneMatch(o -> Objects.equals(o.id(), chosenId))) {
			org.official(chosenId)
				.ifPresent(o -> options.add(0, new OfficialOption(o.id(), o.fullName() + " — " + unitName(o.unitId()))));
		}
		return options;
	}

	/** A grant as shown, flagged when its unit has ended, with the unit that succeeds it today. */
	private GrantView grant(Grant grant, int index) {
		if (grant.isGlobal()) {
			return new GrantView(index, grant.role().messageKey(), null, null, null);
		}
		OrgDirectory.UnitRef scope = org.unit(grant.scopeUnitId()).orElse(null);
		if (scope == null || scope.active()) {
			return new GrantView(index, grant.role().messageKey(), unitName(grant.scopeUnitId()), null, null);
		}
		String ended = scope.endedOn() == null ? "" : DAY.format(scope.endedOn());
		String successor = org.currentSuccessorOf(scope.id()).map(OrgDirectory.UnitRef::name).orElse(null);
		return new GrantView(index, grant.role().messageKey(), scope.name(), ended, successor);
	}

	private String unitName(Long unitId) {
		return unitId == null ? null : org.nameOf(unitId).orElse("#" + unitId);
	}

	record AccountRow(Long id, String username, String displayName, String unitName, List<GrantView> grants,
			boolean enabled, String lockedUntil, long version) {

		/** True when a grant sits on a unit that has ended: the administrator should move it. */
		public boolean hasEndedGrant() {
			return grants.stream().anyMatch(GrantView::ended);
		}

	}

	/**
	 * A role and the name of its scope unit (no name: the whole system); {@code endedOn} is set when that unit
	 * has ended, with the unit that succeeds it today (none when it ended without a successor).
	 */
	record GrantView(int index, String roleKey, String scopeName, String endedOn, String successorName) {

		public boolean ended() {
			return endedOn != null;
		}

	}

	record UnitOption(Long id, String label, boolean active) {
	}

	record OfficialOption(Long id, String label) {
	}

	/**
	 * One line of the account's sign-in events; the detail is a message {@code account.signIns.<field>.<value>}
	 * (why a sign-in was refused, how it came) or {@code account.signIns.lockedUntil} with the time.
	 */
	record SignInEvent(Instant at, String time, String actionKey, String detailKey, String detailValue,
			String clientAddress, String actor) {

		static SignInEvent of(AuditEntry entry) {
			Map<String, String> details = new LinkedHashMap<>();
			entry.changes().forEach(change -> details.put(change.key(), change.after()));
			String detailKey = null;
			String detailValue = null;
			if (details.containsKey("reason")) {
				detailKey = "account.signIns.reason." + details.get("reason") + "." + details.getOrDefault("channel", "web");
			}
			else if (details.containsKey("lockedUntil")) {
				detailKey = "account.signIns.lockedUntil";
				detailValue = details.get("lockedUntil");
			}
			return new SignInEvent(entry.getOccurredAt(), SECONDS.format(entry.getOccurredAt()),
					entry.getAction().messageKey(), detailKey, detailValue, entry.getClientAddress(), entry.getActor());
		}

	}

}
