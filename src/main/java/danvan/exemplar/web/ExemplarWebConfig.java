package danvan.exemplar.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import danvan.platform.security.PublicPaths;
import danvan.platform.web.PortalLink;

/** The showcase is open to everyone and listed in the portal's menu and sitemap. */
@Configuration(proxyBeanMethods = false)
class ExemplarWebConfig {

	@Bean
	PublicPaths exemplarPublicPaths() {
		return PublicPaths.of(HttpMethod.GET, ShowcaseController.LIST, ShowcaseController.LIST + "/*",
				ShowcaseController.LIST + "/*/anh/*");
	}

	@Bean
	PortalLink exemplarShowcaseLink() {
		return new PortalLink(ShowcaseController.LIST, "exemplar.public.menu");
	}

}
