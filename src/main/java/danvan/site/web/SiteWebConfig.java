package danvan.site.web;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import danvan.platform.security.PublicPaths;
import danvan.platform.site.SiteIdentities;

@Configuration(proxyBeanMethods = false)
class SiteWebConfig implements WebMvcConfigurer {

	private final SiteIdentities site;

	private final ObjectProvider<ThymeleafViewResolver> views;

	private final ObjectProvider<PublicPaths> publicPaths;

	SiteWebConfig(SiteIdentities site, ObjectProvider<ThymeleafViewResolver> views, ObjectProvider<PublicPaths> publicPaths) {
		this.site = site;
		this.views = views;
		this.publicPaths = publicPaths;
	}

	@Bean
	PublicPaths siteLogo() {
		return PublicPaths.of(HttpMethod.GET, "/site/logo/*");
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LazyGate(this))
			.excludePathPatterns("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/actuator/**",
					"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html");
	}

	/** The gate needs the view resolver and every module's public paths, which exist only after this config. */
	private static final class LazyGate implements org.springframework.web.servlet.HandlerInterceptor {

		private final SiteWebConfig config;

		private volatile SetupGate gate;

		LazyGate(SiteWebConfig config) {
			this.config = config;
		}

		@Override
		public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response, Object handler) throws Exception {
			SetupGate current = gate;
			if (current == null) {
				current = new SetupGate(config.site, config.views.getObject(),
						List.copyOf(config.publicPaths.orderedStream().toList()));
				gate = current;
			}
			return current.preHandle(request, response, handler);
		}

	}

}
