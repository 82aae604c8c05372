package danvan.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * The check that every mapped handler declares its policy: run at every start (cheap, it only reads
 * annotations) and by the access matrix test. Framework handlers (the error page, the OpenAPI description) are
 * Spring's or springdoc's own and are opened by path in the security configuration instead.
 */
public final class AccessPolicies {

	private AccessPolicies() {
	}

	public static boolean isFramework(HandlerMethod handler) {
		String type = handler.getBeanType().getName();
		return type.startsWith("org.springframework.") || type.startsWith("org.springdoc.");
	}

	/** One line per handler without a sound policy, e.g. {@code GET [/x] Foo.bar(): no @Access}. */
	public static List<String> problems(Map<RequestMappingInfo, HandlerMethod> handlers) {
		List<String> problems = new ArrayList<>();
		handlers.forEach((mapping, handler) -> {
			if (isFramework(handler)) {
				return;
			}
			AccessPolicy policy = AccessPolicy.declaredOn(handler);
			String where = mapping.getMethodsCondition() + " " + mapping.getPatternValues() + " "
					+ handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName() + "()";
			if (policy == null) {
				problems.add(where + ": no @Access");
			}
			else {
				policy.problems(mapping).forEach(problem -> problems.add(where + ": @Access " + problem));
				if (policy.scope() == OrgScope.UNIT && !takesUnitId(handler, policy.unitVariable())) {
					problems.add(where + ": @Access unit variable {" + policy.unitVariable() + "} is not a Long @PathVariable");
				}
			}
		});
		problems.sort(null);
		return problems;
	}

	/** The interceptor reads the unit as a number; the handler must bind the same variable as one. */
	private static boolean takesUnitId(HandlerMethod handler, String variable) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
			if (path == null) {
				continue;
			}
			String name = !path.name().isEmpty() ? path.name()
					: !path.value().isEmpty() ? path.value() : parameter.getParameter().getName();
			if (name.equals(variable)) {
				return parameter.getParameterType() == Long.class || parameter.getParameterType() == long.class;
			}
		}
		return false;
	}

	/** Fails with every offending handler named. */
	public static void verify(Map<RequestMappingInfo, HandlerMethod> handlers) {
		List<String> problems = problems(handlers);
		if (!problems.isEmpty()) {
			throw new UndeclaredAccessException(problems);
		}
	}

	/** A mapped handler whose access policy is missing or makes no sense: the application does not start. */
	public static final class UndeclaredAccessException extends IllegalStateException {

		UndeclaredAccessException(List<String> problems) {
			super("Every handler must declare @Access (danvan.platform.security.Access):\n  "
					+ String.join("\n  ", problems));
		}

	}

}
