package danvan.identity;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.cluster.ClusterCaches;

/**
 * The name people know an account by, for pages that record who did what by username: {@code
 * ${@accountNames.of(c.changedBy)}} reads "Lê Minh Tâm" where the record says {@code thamdinh}. A username
 * with no account (a system task, an imported record) reads as it is.
 */
@Component("accountNames")
public class AccountNames {

	/** Dropped, on every node, for an account whose name changes. */
	static final String CACHE = "identity.account-names";

	private final AccountRepository accounts;

	private final Cache<String, String> names = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofMinutes(5))
		.build();

	AccountNames(AccountRepository accounts, ClusterCaches caches) {
		this.accounts = accounts;
		caches.onDrop(CACHE, username -> {
			if (username == null) {
				names.invalidateAll();
			}
			else {
				names.invalidate(username);
			}
		});
	}

	@Transactional(readOnly = true)
	public String of(String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		return names.get(username, name -> accounts.findByUsernameIgnoreCase(name)
			.map(Account::getDisplayName)
			.filter(display -> !display.isBlank())
			.orElse(name));
	}

}
