package danvan.platform.cluster;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The droppers registered on this node, by cache name. */
@Component
class LocalCaches {

	private static final Logger log = LoggerFactory.getLogger(LocalCaches.class);

	private final Map<String, List<Consumer<String>>> droppers = new ConcurrentHashMap<>();

	void register(String cache, Consumer<String> dropper) {
		droppers.computeIfAbsent(cache, name -> new CopyOnWriteArrayList<>()).add(dropper);
	}

	/** Drops {@code key} (every entry when null) from the caches registered under {@code cache}. */
	void drop(String cache, String key) {
		for (Consumer<String> dropper : droppers.getOrDefault(cache, List.of())) {
			try {
				dropper.accept(key);
			}
			catch (RuntimeException e) {
				log.warn("Dropping {} from cache {} failed", key, cache, e);
			}
		}
	}

	/** After a gap in the messages from the other nodes: nothing kept here can be trusted. */
	void dropEverything() {
		droppers.keySet().forEach(cache -> drop(cache, null));
	}

}
