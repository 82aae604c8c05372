package danvan.platform.cluster;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.resource.Delay;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/** What a node needs when {@code DANVAN_REDIS_URL} is set (see {@link ClusterSwitch}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = ClusterSwitch.ENABLED, havingValue = "true")
class RedisNodeConfig {

	/** Commands fail at once while Redis is away, instead of queueing until a time-out holds the request. */
	@Bean
	LettuceClientOptionsBuilderCustomizer danvanFailFast() {
		return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
			.autoReconnect(true)
			.socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(1)).build());
	}

	/** Once Redis is back, the node reconnects within a second, not after an exponential back-off of up to 30 s. */
	@Bean
	ClientResourcesBuilderCustomizer danvanReconnectSoon() {
		return resources -> resources.reconnectDelay(Delay.constant(Duration.ofMillis(500)));
	}

	@Bean
	static BeanPostProcessor danvanResilientSessions() {
		return new BeanPostProcessor() {
			@Override
			@SuppressWarnings({ "unchecked", "rawtypes" })
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof SessionRepository<?> repository && !(bean instanceof ResilientSessions<?>)
						&& bean.getClass().getName().startsWith("org.springframework.session.data.redis.")) {
					return new ResilientSessions<>((SessionRepository<Session>) repository);
				}
				return bean;
			}
		};
	}

	@Bean
	RedisCacheDrops redisCacheDrops(StringRedisTemplate redis, LocalCaches local, NodeName node) {
		return new RedisCacheDrops(redis, local, node);
	}

	/**
	 * Not started with the context: a node must start while Redis is away (the balancer then sends it readers),
	 * so {@link RedisCacheDrops#check()} starts the subscription once Redis answers.
	 */
	@Bean
	RedisMessageListenerContainer danvanCacheDropListener(RedisConnectionFactory connections, RedisCacheDrops drops) {
		RedisMessageListenerContainer container = new RedisMessageListenerContainer();
		container.setConnectionFactory(connections);
		container.setRecoveryInterval(1_000L);
		container.setAutoStartup(false);
		container.addMessageListener(drops, new ChannelTopic(RedisCacheDrops.CHANNEL));
		drops.listenWith(container);
		return container;
	}

	@Bean
	RedisRateLimiter redisRateLimiter(StringRedisTemplate redis, java.time.Clock clock) {
		return new RedisRateLimiter(redis, clock);
	}

}
