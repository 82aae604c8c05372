package danvan.identity;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Logs every access a signed-in user is refused, by a URL rule or a method's policy (ASVS 7.2.2), on logger
 * {@code danvan.access}: who, which request, from which address. A stranger's refusal is no event: it is the way
 * to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
class AccessDenials {

	private static final Logger log = LoggerFactory.getLogger("danvan.access");

	/** Makes Spring Security publish its refusals as events, for URL rules and method security alike. */
	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

	@EventListener
	void onDenied(AuthorizationDeniedEvent<?> event) {
		Authentication who = event.getAuthentication().get();
		if (who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken) {
			return;
		}
		HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
				? a.getRequest() : null;
		if (request == null) {
			log.warn("Access denied: {} (no web request)", who.getName());
		}
		else {
			log.warn("Access denied: {} {} {} from {}", who.getName(), request.getMethod(), request.getRequestURI(),
					request.getRemoteAddr());
		}
	}

}
