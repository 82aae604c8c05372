package danvan.platform.cluster;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The one switch between a single process and several nodes: {@code DANVAN_REDIS_URL}. Absent, the Redis and
 * Spring Session auto-configurations are left out, so the node keeps its sessions in Tomcat's memory and its
 * caches, limits and scheduled work in process, as it always did. Set, Spring Session keeps the sessions in
 * Redis, caches are dropped on every node through Redis pub/sub and rate limits are counted in Redis.
 */
public class ClusterSwitch implements EnvironmentPostProcessor {

	/** The property (and environment variable) naming Redis, e.g. {@code redis://127.0.0.1:6379}. */
	public static final String REDIS_URL = "DANVAN_REDIS_URL";

	static final String ENABLED = "danvan.cluster.redis";

	private static final List<String> REDIS_AUTO_CONFIGURATIONS = List.of(
			"org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.observation.LettuceObservationAutoConfiguration",
			"org.springframework.boot.session.data.redis.autoconfigure.SessionDataRedisAutoConfiguration",
			"org.springframework.boot.session.autoconfigure.SessionAutoConfiguration",
			"org.springframework.boot.session.autoconfigure.SessionsEndpointAutoConfiguration");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty(REDIS_URL, "").strip();
		if (url.isEmpty()) {
			Set<String> excluded = new LinkedHashSet<>();
			String already = environment.getProperty("spring.autoconfigure.exclude", "");
			for (String name : already.split(",")) {
				if (!name.isBlank()) {
					excluded.add(name.strip());
				}
			}
			excluded.addAll(REDIS_AUTO_CONFIGURATIONS);
			environment.getPropertySources()
				.addFirst(new MapPropertySource("danvanSingleNode", Map.of("spring.autoconfigure.exclude",
						String.join(",", excluded), ENABLED, "false")));
		}
		else {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("danvanCluster", Map.of("spring.data.redis.url", url, ENABLED, "true")));
		}
	}

}
