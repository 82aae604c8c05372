package danvan.platform.security;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Whether a person may open a page, by the declared {@link Access} of the handler that serves it: for a page that
 * links to another module's list (a report's figure, a dashboard tile), so that it never offers a link its reader
 * would be refused. Checks the audience and roles; a record's own scope is its service's to check on opening.
 */
@Component
public class PathAccess {

	private final RequestMappingHandlerMapping mappings;

	private final Map<String, Optional<AccessPolicy>> policies = new ConcurrentHashMap<>();

	PathAccess(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	public boolean mayOpen(Actor actor, String path) {
		if (path == null || path.isBlank()) {
			return false;
		}
		String bare = path.replaceFirst("[?#].*$", "");
		AccessPolicy policy = policies.computeIfAbsent(bare, this::policyOf).orElse(null);
		if (policy == null) {
			return false;
		}
		return policy.audience() == Audience.PUBLIC || (actor != null && !policy.grantsOf(actor).isEmpty());
	}

	private Optional<AccessPolicy> policyOf(String path) {
		PathContainer container = PathContainer.parsePath(path);
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			var methods = info.getMethodsCondition().getMethods();
			boolean get = methods.isEmpty() || methods.contains(RequestMethod.GET);
			if (get && info.getPathPatternsCondition() != null && info.getPathPatternsCondition()
				.getPatterns()
				.stream()
				.anyMatch(pattern -> pattern.matches(container))) {
				return Optional.ofNullable(AccessPolicy.declaredOn(entry.getValue()));
			}
		}
		return Optional.empty();
	}

}
