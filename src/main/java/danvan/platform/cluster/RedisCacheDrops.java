package danvan.platform.cluster;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The cache drops between nodes, on one Redis pub/sub channel. A message is {@code node \n cache \n key} (key
 * {@code *} for every entry, {@code =k} for k). Pub/sub delivers only to nodes listening at that moment: a node
 * that lost Redis for a while drops everything it keeps once Redis answers again, since it may have missed drops.
 */
class RedisCacheDrops implements MessageListener {

	static final String CHANNEL = "danvan:cache-drops";

	private static final Logger log = LoggerFactory.getLogger(RedisCacheDrops.class);

	private final StringRedisTemplate redis;

	private final LocalCaches local;

	private final NodeName node;

	private volatile boolean reachable = true;

	private volatile RedisMessageListenerContainer listening;

	RedisCacheDrops(StringRedisTemplate redis, LocalCaches local, NodeName node) {
		this.redis = redis;
		this.local = local;
		this.node = node;
	}

	void listenWith(RedisMessageListenerContainer container) {
		this.listening = container;
	}

	void publish(String cache, String key) {
		try {
			redis.convertAndSend(CHANNEL, node.value() + "\n" + cache + "\n" + (key == null ? "*" : "=" + key));
		}
		catch (RuntimeException e) {
			reachable = false;
			log.warn("Could not tell the other nodes to drop {} from cache {}: {}", key, cache, e.toString());
		}
	}

	@Override
	public void onMessage(Message message, byte[] pattern) {
		String[] parts = new String(message.getBody(), StandardCharsets.UTF_8).split("\n", 3);
		if (parts.length < 3 || parts[0].equals(node.value())) {
			return;
		}
		local.drop(parts[1], parts[2].equals("*") ? null : parts[2].substring(1));
	}

	private void subscribe() {
		RedisMessageListenerContainer container = listening;
		if (container == null || container.isRunning()) {
			return;
		}
		try {
			container.start();
			// drops sent before the subscription took hold were not heard
			local.dropEverything();
		}
		catch (RuntimeException e) {
			log.warn("Could not subscribe to the other nodes' cache drops yet: {}", e.toString());
		}
	}

	/** Notices Redis coming back after a gap, and then drops what this node keeps. */
	@Scheduled(fixedDelayString = "${danvan.cluster.redis-check:2s}")
	void check() {
		boolean now;
		try {
			now = "PONG".equalsIgnoreCase(redis.execute((org.springframework.data.redis.core.RedisCallback<String>) c -> c.ping()));
		}
		catch (RuntimeException e) {
			now = false;
		}
		if (now && !reachable) {
			log.info("Redis answers again: dropping every cached entry of this node");
			local.dropEverything();
		}
		reachable = now;
		if (now) {
			subscribe();
		}
	}

}
