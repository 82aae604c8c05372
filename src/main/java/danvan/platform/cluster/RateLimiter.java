package danvan.platform.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * At most {@code limit} actions of one kind per client in a sliding window: comments, tracking look-ups. With
 * Redis (several nodes) the window is counted in Redis, so a client cannot get {@code limit} through on each
 * node; without it, or while Redis is away, it is counted in this node's memory. The limits themselves are the
 * calling module's configuration.
 */
@Component
public class RateLimiter {

	private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

	private final Clock clock;

	private final ObjectProvider<RedisRateLimiter> redis;

	private final Cache<String, Deque<Instant>> recent = Caffeine.newBuilder()
		.maximumSize(200_000)
		.expireAfterAccess(Duration.ofHours(25))
		.build();

	RateLimiter(Clock clock, ObjectProvider<RedisRateLimiter> redis) {
		this.clock = clock;
		this.redis = redis;
	}

	/** A limit of {@code limit} actions of {@code kind} per client in {@code window}. */
	public Limit limit(String kind, int limit, Duration window) {
		return new Limit(this, kind, limit, window);
	}

	/** Counts one action of {@code kind} for the client, or answers false when the client is over its limit. */
	public boolean tryAcquire(String kind, String client, int limit, Duration window) {
		String key = kind + ":" + (client == null ? "" : client);
		RedisRateLimiter shared = redis.getIfAvailable();
		if (shared != null) {
			try {
				return shared.tryAcquire(key, limit, window);
			}
			catch (RuntimeException e) {
				log.warn("Rate limit {} counted on this node only, Redis did not answer: {}", kind, e.toString());
			}
		}
		return inMemory(key, limit, window);
	}

	private boolean inMemory(String key, int limit, Duration window) {
		Instant now = clock.instant();
		Deque<Instant> times = recent.get(key, k -> new ArrayDeque<>());
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

	/** One configured limit, as the calling module holds it. */
	public record Limit(RateLimiter limiter, String kind, int limit, Duration window) {

		public boolean tryAcquire(String client) {
			return limiter.tryAcquire(kind, client, limit, window);
		}

	}

}
