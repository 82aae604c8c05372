package danvan.emulation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import danvan.platform.security.PublicPaths;
import danvan.platform.web.PortalLink;

/** The public results pages are open to everyone and listed in the portal's menu. */
@Configuration(proxyBeanMethods = false)
class EmulationWebConfig {

	@Bean
	PublicPaths emulationPublicPaths() {
		return PublicPaths.of(HttpMethod.GET, "/thi-dua", "/thi-dua/*/ket-qua");
	}

	@Bean
	PortalLink emulationResultsLink() {
		return new PortalLink(PublicResultsController.LIST, "emulation.public.menu");
	}

}
