package danvan.platform.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.web.config.EnableSpringDataWebSupport;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import danvan.platform.security.CsrfExemptPath;
import danvan.platform.security.PublicPaths;
import danvan.platform.security.SecurityHeaders;
import danvan.platform.site.SiteIdentities;

/**
 * The site's default language first (Vietnamese until the administrator chooses otherwise); {@code ?lang=en}
 * switches and a cookie remembers it.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringDataWebSupport(pageSerializationMode = EnableSpringDataWebSupport.PageSerializationMode.VIA_DTO)
class WebConfig implements WebMvcConfigurer {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	@Bean
	LocaleResolver localeResolver(ObjectProvider<SiteIdentities> site) {
		CookieLocaleResolver resolver = new CookieLocaleResolver("danvan-lang");
		resolver.setDefaultLocaleFunction(request -> {
			SiteIdentities identities = site.getIfAvailable();
			return identities == null ? VIETNAMESE : identities.current().defaultLocale();
		});
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/** CSP violation reports come from the browser for nobody: public, no session, no CSRF token. */
	@Bean
	PublicPaths cspReportPath() {
		return PublicPaths.of(HttpMethod.POST, SecurityHeaders.REPORT_PATH);
	}

	@Bean
	CsrfExemptPath cspReportWithoutToken() {
		return new CsrfExemptPath(HttpMethod.POST, SecurityHeaders.REPORT_PATH);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
