package danvan.planning.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import danvan.platform.security.PublicPaths;

/** The iCalendar feed is read by calendar programs without a session: the secret token in its address is the key. */
@Configuration
class PlanningWebConfig {

	@Bean
	PublicPaths planningCalendarFeed() {
		return PublicPaths.of(HttpMethod.GET, "/calendar/*.ics");
	}

}
