package danvan.platform.security;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import danvan.platform.web.NotFoundException;

/**
 * Enforces each handler's {@link Access} before it runs, deny by default: no declared policy, no entry. An
 * anonymous caller refused here gets the sign-in page (or 401 on the API) from the security filter; a signed-in
 * one gets 403. Scope {@code UNIT} is checked here against the unit in the path; scope {@code RECORD} and
 * {@code SUBTREE} are the services' to check, since only they know the record.
 */
final class AccessInterceptor implements HandlerInterceptor {

	private final UnitTree tree;

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AccessInterceptor.class);

	AccessInterceptor(UnitTree tree) {
		this.tree = tree;
	}

	/** A signed-in person refused a page is logged (ASVS 7.1.3), as the services' own refusals are. */
	private static AccessDeniedException refused(Actor actor, HttpServletRequest request, String reason) {
		log.warn("Access denied: {} {} {} from {}", actor.username(), request.getMethod(), request.getRequestURI(),
				request.getRemoteAddr());
		return new AccessDeniedException(reason);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method) || AccessPolicies.isFramework(method)) {
			return true;
		}
		AccessPolicy policy = AccessPolicy.declaredOn(method);
		if (policy == null) {
			throw new AccessDeniedException("no access policy declared on " + method.getShortLogMessage());
		}
		if (policy.audience() == Audience.PUBLIC) {
			return true;
		}
		Actor actor = CurrentActor.get().orElseThrow(() -> new AccessDeniedException("sign-in required"));
		List<Grant> grants = policy.grantsOf(actor);
		if (grants.isEmpty()) {
			throw refused(actor, request, "role not held: " + policy.describe());
		}
		if (policy.scope() == OrgScope.UNIT) {
			Long unitId = unitId(request, policy.unitVariable());
			if (unitId == null) {
				return true;
			}
			if (!tree.exists(unitId)) {
				throw new NotFoundException("error.unitNotFound");
			}
			if (grants.stream().noneMatch(g -> g.isGlobal() || tree.isWithin(unitId, g.scopeUnitId()))) {
				throw refused(actor, request, "unit " + unitId + " outside the granted subtrees");
			}
		}
		return true;
	}

	/**
	 * The unit id in the path; null when the value is not a number, which names no unit: the handler's own
	 * binding then refuses it (404 on a page, 400 on the API) before anything is read.
	 */
	private static Long unitId(HttpServletRequest request, String variable) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String value = variables == null ? null : variables.get(variable);
		if (value == null || !value.matches("\\d{1,18}")) {
			return null;
		}
		return Long.valueOf(value);
	}

}
