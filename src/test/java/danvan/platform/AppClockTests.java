package danvan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/** A demo loader may set the clock back on its own thread; nobody else sees it, and it ends with the work. */
class AppClockTests {

	private final AppClock clock = new AppClock(AppClock.VIETNAM);

	@Test
	void theLoadersThreadReadsThePastDayAndOtherThreadsToday() throws Exception {
		LocalDateTime conference = LocalDateTime.of(2020, 10, 8, 14, 0);
		AppClock.asOf(conference, () -> {
			assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2020, 10, 8));
			Instant onAnotherThread = CompletableFuture.supplyAsync(clock::instant).join();
			assertThat(Duration.between(Instant.now(), onAnotherThread).abs()).isLessThan(Duration.ofMinutes(1));
		});
		assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
	}

	@Test
	void anInnerDayGivesBackTheOuterOneAndTimeKeepsFlowing() {
		Instant outer = AppClock.asOf(LocalDateTime.of(2020, 1, 2, 8, 0), () -> {
			Instant inner = AppClock.asOf(LocalDateTime.of(2020, 9, 20, 9, 0), clock::instant);
			assertThat(inner.atZone(AppClock.VIETNAM).toLocalDate()).isEqualTo(LocalDate.of(2020, 9, 20));
			return clock.instant();
		});
		assertThat(outer.atZone(AppClock.VIETNAM).toLocalDateTime())
			.isAfterOrEqualTo(LocalDateTime.of(2020, 1, 2, 8, 0))
			.isBefore(LocalDateTime.of(2020, 1, 2, 8, 1));
	}

}
