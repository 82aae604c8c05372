package danvan.platform.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every handler's declared policy: checked for presence at start, enforced on every request. */
@Configuration(proxyBeanMethods = false)
class AccessConfig implements WebMvcConfigurer {

	private final ObjectProvider<UnitTree> tree;

	AccessConfig(ObjectProvider<UnitTree> tree) {
		this.tree = tree;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AccessInterceptor(new LazyTree(tree)));
	}

	/** A handler without a declared policy stops the start, naming the handler. */
	@Bean
	static SmartInitializingSingleton accessPoliciesDeclared(ObjectProvider<RequestMappingHandlerMapping> mappings) {
		return () -> mappings.orderedStream().forEach(mapping -> AccessPolicies.verify(mapping.getHandlerMethods()));
	}

	/** The org module's tree, looked up on first use (it is built after the web configuration). */
	private record LazyTree(ObjectProvider<UnitTree> tree) implements UnitTree {

		@Override
		public boolean exists(Long unitId) {
			return tree.getObject().exists(unitId);
		}

		@Override
		public boolean isWithin(Long unitId, Long ancestorId) {
			return tree.getObject().isWithin(unitId, ancestorId);
		}

	}

}
