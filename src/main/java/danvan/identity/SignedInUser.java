package danvan.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import danvan.platform.security.Actor;
import danvan.platform.security.Grant;

/** The principal of a signed-in account, as Spring Security and every module see it. */
final class SignedInUser implements UserDetails, CredentialsContainer, Actor {

	private final Long accountId;

	private final String username;

	private String passwordHash;

	private final String displayName;

	private final Long homeUnitId;

	private final boolean enabled;

	private final boolean locked;

	private final List<Grant> grants;

	SignedInUser(Account account, boolean locked) {
		this.accountId = account.getId();
		this.username = account.getUsername();
		this.passwordHash = account.getPasswordHash();
		this.displayName = account.getDisplayName();
		this.homeUnitId = account.getHomeUnitId();
		this.enabled = account.isEnabled();
		this.locked = locked;
		this.grants = account.grantList();
	}

	Long accountId() {
		return accountId;
	}

	@Override
	public String username() {
		return username;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public Long homeUnitId() {
		return homeUnitId;
	}

	@Override
	public List<Grant> grants() {
		return grants;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return grants.stream().map(g -> g.role().authority()).distinct().map(SimpleGrantedAuthority::new).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
