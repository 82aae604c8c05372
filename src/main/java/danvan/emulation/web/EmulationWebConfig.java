package danvan.emulation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import danvan.platform.security.PublicPaths;

/** The public results pages are open to everyone. */
@Configuration(proxyBeanMethods = false)
class EmulationWebConfig {

	@Bean
	PublicPaths emulationPublicPaths() {
		return PublicPaths.of(HttpMethod.GET, "/thi-dua/*/ket-qua");
	}

}
