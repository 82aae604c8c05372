package danvan.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Status;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** With no Redis (one process, as without configuration): the in-process paths of platform.cluster. */
class SingleNodeTests {

	private final StaticListableBeanFactory noBeans = new StaticListableBeanFactory();

	@Test
	void theRateLimitSlidesOverItsWindowPerClientAndKind() {
		MutableClock clock = new MutableClock();
		RateLimiter limiter = new RateLimiter(clock, noBeans.getBeanProvider(RedisRateLimiter.class));
		RateLimiter.Limit comments = limiter.limit("portal.comment", 5, Duration.ofMinutes(10));

		for (int i = 0; i < 5; i++) {
			assertThat(comments.tryAcquire("reader")).isTrue();
		}
		assertThat(comments.tryAcquire("reader")).isFalse();
		assertThat(comments.tryAcquire("another reader")).isTrue();
		assertThat(limiter.tryAcquire("dialogue.tracking", "reader", 10, Duration.ofMinutes(10))).isTrue();

		clock.now = clock.now.plus(Duration.ofMinutes(10)).plusSeconds(1);
		assertThat(comments.tryAcquire("reader")).isTrue();
	}

	@Test
	void aDropInATransactionHappensNowAndAgainAfterTheCommit() {
		LocalCaches local = new LocalCaches();
		ClusterCaches caches = new ClusterCaches(local, noBeans.getBeanProvider(RedisCacheDrops.class));
		List<String> dropped = new ArrayList<>();
		caches.onDrop("portal.articles", key -> dropped.add(key == null ? "*" : key));
		caches.onDrop("portal.articles", key -> dropped.add("second:" + key));

		TransactionSynchronizationManager.initSynchronization();
		try {
			caches.drop("portal.articles", "bai-viet");
			assertThat(dropped).containsExactly("bai-viet", "second:bai-viet");
			TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		assertThat(dropped).hasSize(4);

		caches.dropAll("portal.articles");
		assertThat(dropped).contains("*");
		caches.drop("nothing-registered", "x");
	}

	@Test
	void readinessWaitsForTheWarmUp() {
		WarmUps warmUps = new WarmUps();
		assertThat(warmUps.health().getStatus()).isEqualTo(Status.UP);
		warmUps.hold("portal.search-index");
		assertThat(warmUps.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		warmUps.done("portal.search-index");
		assertThat(warmUps.health().getStatus()).isEqualTo(Status.UP);
	}

	/** With several nodes the session, and the forms a refused save sends back through it, go to Redis. */
	@Test
	void whatPagesKeepInTheSessionCanBeWrittenToRedis() throws Exception {
		for (Object kept : List.of(new danvan.dialogue.web.PetitionForm(), new danvan.planning.web.ItemForm(),
				new danvan.planning.web.ProgressForm(), new danvan.platform.calendar.CalendarDay(java.time.LocalDate.now(),
						danvan.platform.calendar.CalendarDay.Kind.values()[0], "Tết", "Bộ luật Lao động"))) {
			try (var out = new java.io.ObjectOutputStream(java.io.OutputStream.nullOutputStream())) {
				out.writeObject(kept);
			}
		}
	}

	private static final class MutableClock extends Clock {

		Instant now = Instant.parse("2026-12-02T00:00:00Z");

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

}
