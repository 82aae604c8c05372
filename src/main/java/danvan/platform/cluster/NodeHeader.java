package danvan.platform.cluster;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@code X-Danvan-Node: <DANVAN_NODE_NAME>} on every response, when the name is configured. */
@Configuration(proxyBeanMethods = false)
class NodeHeader {

	static final String HEADER = "X-Danvan-Node";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> danvanNodeHeader(NodeName node) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				response.setHeader(HEADER, node.value());
				chain.doFilter(request, response);
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setEnabled(node.configured());
		return registration;
	}

}
