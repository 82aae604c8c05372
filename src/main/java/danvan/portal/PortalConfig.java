package danvan.portal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import danvan.platform.security.CsrfExemptPath;
import danvan.platform.security.PublicPaths;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PortalConfig {

	@Bean
	PublicPaths portalPages() {
		return PublicPaths.of(HttpMethod.GET, "/", "/tin-tuc/**", "/chuyen-muc/**", "/tim-kiem", "/sitemap.xml",
				"/anh/**", "/y-kien/ma-bao-ve", "/api/portal/articles/**");
	}

	/** HEAD answers like GET without the body (and counts no view). */
	@Bean
	PublicPaths portalPagesHead() {
		return PublicPaths.of(HttpMethod.HEAD, "/", "/tin-tuc/**", "/chuyen-muc/**", "/tim-kiem", "/sitemap.xml",
				"/anh/**", "/api/portal/articles/**");
	}

	@Bean
	PublicPaths portalCommentPosts() {
		return PublicPaths.of(HttpMethod.POST, "/tin-tuc/*/y-kien", "/api/portal/articles/*/comments");
	}

	/** Search results carry an ETag computed from the rendered page (the other public pages compute their own). */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> searchEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/tim-kiem");
		return registration;
	}

	/**
	 * The JSON comment endpoint is for scripts and apps without a session: there is no signed-in session for a
	 * forged request to ride on, and the comment only waits for moderation, so a CSRF token would protect
	 * nothing and would make the public API unusable. The browser form keeps its CSRF token.
	 */
	@Bean
	CsrfExemptPath portalCommentApi() {
		return new CsrfExemptPath(HttpMethod.POST, "/api/portal/articles/*/comments");
	}

}
