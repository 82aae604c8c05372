package danvan.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import danvan.platform.security.Grant;
import danvan.platform.security.Role;

/** A role an account holds, over the subtree of one unit (or everything when the unit is empty). */
@Embeddable
public class AccountGrant {

	@Enumerated(EnumType.STRING)
	@Column(name = "role")
	private Role role;

	@Column(name = "scope_unit_id")
	private Long scopeUnitId;

	protected AccountGrant() {
	}

	AccountGrant(Role role, Long scopeUnitId) {
		this.role = role;
		this.scopeUnitId = scopeUnitId;
	}

	public Role getRole() {
		return role;
	}

	public Long getScopeUnitId() {
		return scopeUnitId;
	}

	Grant toGrant() {
		return new Grant(role, scopeUnitId);
	}

	@Override
	public String toString() {
		return role + "@" + (scopeUnitId == null ? "*" : scopeUnitId);
	}

}
