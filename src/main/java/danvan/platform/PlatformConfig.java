package danvan.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfig {

	/** Dates are Vietnamese dates, whatever zone the server runs in. */
	@Bean
	Clock clock() {
		return new AppClock(AppClock.VIETNAM);
	}

}
