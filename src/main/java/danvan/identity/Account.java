package danvan.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.audit.AuditLabel;
import danvan.platform.audit.AuditTrail;
import danvan.platform.security.Grant;

/** A person's way in: credentials, lockout state and the roles granted over parts of the organisation. */
@Entity
@Table(name = "identity_account")
@AuditTrail(value = "Account", ignore = { "passwordHash", "failedAttempts" })
public class Account implements AuditLabel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	private String displayName;

	private String email;

	private Long officialId;

	private Long homeUnitId;

	private boolean enabled = true;

	private int failedAttempts;

	private Instant lockedUntil;

	private Instant passwordChangedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "identity_grant", joinColumns = @JoinColumn(name = "account_id"))
	private List<AccountGrant> grants = new ArrayList<>();

	protected Account() {
	}

	Account(String username, String passwordHash, String displayName, Instant now) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.passwordChangedAt = now;
	}

	void describe(String displayName, String email, Long officialId, Long homeUnitId) {
		this.displayName = displayName;
		this.email = email;
		this.officialId = officialId;
		this.homeUnitId = homeUnitId;
	}

	void replaceGrants(List<Grant> newGrants) {
		grants.clear();
		newGrants.forEach(g -> grants.add(new AccountGrant(g.role(), g.scopeUnitId())));
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	/** Counts a wrong password; the last allowed failure locks the account for {@code lockFor}. */
	void recordFailure(int maxFailures, Duration lockFor, Instant now) {
		failedAttempts++;
		if (failedAttempts >= maxFailures) {
			lockedUntil = now.plus(lockFor);
			failedAttempts = 0;
		}
	}

	void recordSuccess() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	void unlock() {
		recordSuccess();
	}

	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	public List<Grant> grantList() {
		return grants.stream().map(AccountGrant::toGrant).toList();
	}

	@Override
	public String auditLabel() {
		return username;
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getEmail() {
		return email;
	}

	public Long getOfficialId() {
		return officialId;
	}

	public Long getHomeUnitId() {
		return homeUnitId;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public int getFailedAttempts() {
		return failedAttempts;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public Instant getPasswordChangedAt() {
		return passwordChangedAt;
	}

	public long getVersion() {
		return version;
	}

	public List<AccountGrant> getGrants() {
		return List.copyOf(grants);
	}

}
