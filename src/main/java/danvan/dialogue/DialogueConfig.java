package danvan.dialogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import danvan.platform.security.PublicPaths;

/** The citizen's tracking page is open to everyone. */
@Configuration
@EnableScheduling
class DialogueConfig {

	@Bean
	PublicPaths petitionTracking() {
		return PublicPaths.anyMethod("/kien-nghi/tra-cuu", "/kien-nghi/gui");
	}

}
