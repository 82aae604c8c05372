package danvan.dialogue.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** At most {@code limit} tracking look-ups per client in a sliding window, so codes cannot be guessed in bulk. */
@Component
class TrackingRateLimit {

	private final int limit;

	private final Duration window;

	private final Clock clock;

	private final Cache<String, Deque<Instant>> recent;

	TrackingRateLimit(@Value("${danvan.dialogue.tracking-per-window:10}") int limit,
			@Value("${danvan.dialogue.tracking-window:10m}") Duration window, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
		this.recent = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window).build();
	}

	boolean tryAcquire(String client) {
		Instant now = clock.instant();
		Deque<Instant> times = recent.get(client == null ? "" : client, key -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
				times.pollFirst();
			}
			if (times.size() >= limit) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}

}
