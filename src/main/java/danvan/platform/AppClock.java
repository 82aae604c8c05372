package danvan.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application's clock: Vietnam's time, except on a thread that loads demo data as if it happened on a past
 * day ({@link #asOf}), so the story of a 2020 movement reads 2020 dates. Time keeps flowing from that day, and
 * no other thread sees the shift.
 */
public final class AppClock extends Clock {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final ThreadLocal<Duration> SHIFT = new ThreadLocal<>();

	private final ZoneId zone;

	AppClock(ZoneId zone) {
		this.zone = zone;
	}

	/** Runs {@code work} on this thread with the clock set back (or forward) to {@code vietnamTime}. */
	public static void asOf(LocalDateTime vietnamTime, Runnable work) {
		asOf(vietnamTime, () -> {
			work.run();
			return null;
		});
	}

	/** Answers what {@code work} answers, run on this thread with the clock set to {@code vietnamTime}. */
	public static <T> T asOf(LocalDateTime vietnamTime, Supplier<T> work) {
		Duration previous = SHIFT.get();
		SHIFT.set(Duration.between(Instant.now(), vietnamTime.atZone(VIETNAM).toInstant()));
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				SHIFT.remove();
			}
			else {
				SHIFT.set(previous);
			}
		}
	}

	@Override
	public Instant instant() {
		Duration shift = SHIFT.get();
		Instant now = Instant.now();
		return shift == null ? now : now.plus(shift);
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new AppClock(zone);
	}

}
