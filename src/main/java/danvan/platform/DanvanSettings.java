package danvan.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code danvan.*}. {@code mode} is {@code demo} or {@code production}; left empty, the
 * database decides: demo on H2, production on anything else.
 */
@ConfigurationProperties("danvan")
public record DanvanSettings(String mode, String adminPassword, Lockout lockout) {

	public DanvanSettings {
		lockout = lockout == null ? new Lockout(5, Duration.ofMinutes(15)) : lockout;
	}

	public record Lockout(int maxFailures, Duration duration) {
	}

}
