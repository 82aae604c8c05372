package danvan.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files, each under its own prefix, instead of Spring Boot's catch-all {@code /**}
 * ({@code spring.web.resources.add-mappings: false}). With the WebJars locator on the class path every link a
 * template writes ({@code @{/emulation/movements/5}}) is offered to the resource chain; under {@code /**} each
 * one was looked up as a file on the class path and, not found, looked up again on the next page: 85 % of a
 * back-office page's rendering time (measured with JFR on {@code /emulation/movements}). Under these prefixes a
 * link that is not a static file is answered by one pattern match.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
		registry.addResourceHandler("/img/**").addResourceLocations("classpath:/static/img/");
		// browsers ask for it on every first visit: a quiet 404 (or the file, once there is one), not a warning in the log
		registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/");
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}
