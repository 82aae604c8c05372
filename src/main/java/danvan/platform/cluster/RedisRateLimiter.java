package danvan.platform.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The sliding window in Redis: one sorted set per client and kind, trimmed, counted and added to by one Lua
 * script, so two nodes counting the same client at the same moment cannot both slip under the limit.
 */
class RedisRateLimiter {

	private static final RedisScript<Long> SLIDING_WINDOW = new DefaultRedisScript<>("""
			local now = tonumber(ARGV[1])
			local window = tonumber(ARGV[2])
			redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
			if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
			  return 0
			end
			redis.call('ZADD', KEYS[1], now, ARGV[4])
			redis.call('PEXPIRE', KEYS[1], window)
			return 1
			""", Long.class);

	private final StringRedisTemplate redis;

	private final Clock clock;

	RedisRateLimiter(StringRedisTemplate redis, Clock clock) {
		this.redis = redis;
		this.clock = clock;
	}

	boolean tryAcquire(String key, int limit, Duration window) {
		long now = clock.millis();
		Long allowed = redis.execute(SLIDING_WINDOW, List.of("danvan:rate:" + key), Long.toString(now),
				Long.toString(window.toMillis()), Integer.toString(limit), now + ":" + UUID.randomUUID());
		return allowed != null && allowed == 1L;
	}

}
