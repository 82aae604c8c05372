package danvan.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** At most {@code limit} comments per client in a sliding window (per node). */
@Component
class CommentRateLimit {

	private final int limit;

	private final Duration window;

	private final Clock clock;

	private final Cache<String, Deque<Instant>> recent;

	CommentRateLimit(@Value("${danvan.portal.comments-per-window:5}") int limit,
			@Value("${danvan.portal.comment-window:10m}") Duration window, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
		this.recent = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(window).build();
	}

	/** Counts one comment for the client, or answers false when the client is over its limit. */
	boolean tryAcquire(String clientKey) {
		Instant now = clock.instant();
		Deque<Instant> times = recent.get(clientKey, key -> new ArrayDeque<>());
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

	int limit() {
		return limit;
	}

	long windowMinutes() {
		return window.toMinutes();
	}

}
