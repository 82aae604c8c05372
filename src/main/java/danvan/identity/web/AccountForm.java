package danvan.identity.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import danvan.identity.Account;
import danvan.identity.AccountDraft;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;
import danvan.platform.text.PlainText;
import danvan.platform.web.RuleViolationException;

/** The account form: what an administrator types, before it becomes an {@link AccountDraft}. */
public class AccountForm {

	/** Blank grant rows offered under the existing ones. */
	static final int BLANK_ROWS = 2;

	static final int MAX_ROWS = 20;

	private long version;

	@PlainText
	@Size(max = 50)
	private String username;

	@NotBlank
	@PlainText
	@Size(max = 150)
	private String displayName;

	@Email
	@PlainText
	@Size(max = 120)
	private String email;

	private Long officialId;

	private Long homeUnitId;

	@Size(max = 100)
	private String password;

	@Valid
	@Size(max = MAX_ROWS)
	private List<GrantRow> grants = new ArrayList<>();

	static AccountForm of(Account account) {
		AccountForm form = new AccountForm();
		form.version = account.getVersion();
		form.username = account.getUsername();
		form.displayName = account.getDisplayName();
		form.email = account.getEmail();
		form.officialId = account.getOfficialId();
		form.homeUnitId = account.getHomeUnitId();
		account.grantList().forEach(g -> form.grants.add(new GrantRow(g.role(), GrantRow.scopeOf(g.scopeUnitId()))));
		return form.withBlankRows();
	}

	/** Adds blank rows so the administrator can grant more roles without JavaScript. */
	AccountForm withBlankRows() {
		grants.removeIf(row -> row == null || row.isBlank());
		for (int i = 0; i < BLANK_ROWS && grants.size() < MAX_ROWS; i++) {
			grants.add(new GrantRow());
		}
		return this;
	}

	/** The grants on filled rows; a row with a scope but no role is refused. */
	AccountDraft toDraft() {
		List<Grant> chosen = new ArrayList<>();
		for (GrantRow row : grants) {
			if (row == null || row.isBlank()) {
				continue;
			}
			if (row.getRole() == null || row.getScope() == null || row.getScope().isBlank()) {
				throw RuleViolationException.onField("grants", "identity.grant.incomplete");
			}
			Grant grant = new Grant(row.getRole(), row.scopeUnitId());
			if (!chosen.contains(grant)) {
				chosen.add(grant);
			}
		}
		return new AccountDraft(displayName, email, officialId, homeUnitId, chosen);
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Long getOfficialId() {
		return officialId;
	}

	public void setOfficialId(Long officialId) {
		this.officialId = officialId;
	}

	public Long getHomeUnitId() {
		return homeUnitId;
	}

	public void setHomeUnitId(Long homeUnitId) {
		this.homeUnitId = homeUnitId;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public List<GrantRow> getGrants() {
		return grants;
	}

	public void setGrants(List<GrantRow> grants) {
		this.grants = grants == null ? new ArrayList<>() : grants;
	}

	/**
	 * One line of the permission table: a role over a unit's subtree ({@code scope} is the unit's id) or
	 * over everything ({@code scope} is {@value #WHOLE_SYSTEM}); a row with neither is left blank.
	 */
	public static class GrantRow {

		static final String WHOLE_SYSTEM = "all";

		private Role role;

		private String scope;

		public GrantRow() {
		}

		GrantRow(Role role, String scope) {
			this.role = role;
			this.scope = scope;
		}

		static String scopeOf(Long unitId) {
			return unitId == null ? WHOLE_SYSTEM : unitId.toString();
		}

		boolean isBlank() {
			return role == null && (scope == null || scope.isBlank());
		}

		/** The scope unit, or null for the whole system; anything else is an unknown unit. */
		Long scopeUnitId() {
			String value = scope.trim();
			if (WHOLE_SYSTEM.equals(value)) {
				return null;
			}
			try {
				return Long.valueOf(value);
			}
			catch (NumberFormatException e) {
				throw RuleViolationException.onField("grants", "identity.unit.unknown");
			}
		}

		public Role getRole() {
			return role;
		}

		public void setRole(Role role) {
			this.role = role;
		}

		public String getScope() {
			return scope;
		}

		public void setScope(String scope) {
			this.scope = scope;
		}

	}

}
