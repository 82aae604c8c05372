package danvan.platform.cluster;

import java.util.function.Consumer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Drops cached entries on every node. A module registers how to drop an entry of its cache with
 * {@link #onDrop}, once, and calls {@link #drop} or {@link #dropAll} when a record changes: this node drops it at
 * once and again after the commit, and every other node drops it when the commit's message reaches it through
 * Redis pub/sub (well within a second). With no Redis there is one node and the in-process drop is all there is.
 * Several caches may register under one name (a site-wide change drops the rendered pages and the identity).
 * <p>
 * Example, in a cache's constructor: {@code caches.onDrop(PortalCaches.ARTICLES, slug -> firstPages.invalidateAll());}
 */
@Component
public class ClusterCaches {

	private final LocalCaches local;

	private final ObjectProvider<RedisCacheDrops> remote;

	ClusterCaches(LocalCaches local, ObjectProvider<RedisCacheDrops> remote) {
		this.local = local;
		this.remote = remote;
	}

	/** How this node drops {@code key} of the cache {@code cache}; the key is null for "every entry". */
	public void onDrop(String cache, Consumer<String> dropper) {
		local.register(cache, dropper);
	}

	public void drop(String cache, String key) {
		local.drop(cache, key);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					local.drop(cache, key);
					publish(cache, key);
				}
			});
		}
		else {
			publish(cache, key);
		}
	}

	public void dropAll(String cache) {
		drop(cache, null);
	}

	private void publish(String cache, String key) {
		RedisCacheDrops drops = remote.getIfAvailable();
		if (drops != null) {
			drops.publish(cache, key);
		}
	}

}
