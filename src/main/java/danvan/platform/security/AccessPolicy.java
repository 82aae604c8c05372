package danvan.platform.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * A handler's declared {@link Access}, read once and checked for sense: roles only with {@code ROLES}, a unit
 * variable only with {@code scope = UNIT} and only one the handler's path has.
 */
public record AccessPolicy(Audience audience, Set<Role> roles, OrgScope scope, String unitVariable) {

	public static AccessPolicy of(Access access) {
		return new AccessPolicy(access.value(), Set.copyOf(Arrays.asList(access.roles())), access.scope(),
				access.unit());
	}

	/** The policy declared on the handler's method, or null. */
	public static AccessPolicy declaredOn(HandlerMethod handler) {
		Access access = handler.getMethodAnnotation(Access.class);
		return access == null ? null : of(access);
	}

	/** What is wrong with this declaration for a handler mapped as {@code mapping}; empty when nothing is. */
	public List<String> problems(RequestMappingInfo mapping) {
		List<String> problems = new ArrayList<>();
		if (audience == Audience.ROLES && roles.isEmpty()) {
			problems.add("names no role");
		}
		if (audience != Audience.ROLES && !roles.isEmpty()) {
			problems.add("names roles for audience " + audience);
		}
		if (scope == OrgScope.UNIT && unitVariable.isBlank()) {
			problems.add("scope UNIT without the unit's path variable");
		}
		if (scope != OrgScope.UNIT && !unitVariable.isBlank()) {
			problems.add("a unit variable without scope UNIT");
		}
		if (scope == OrgScope.UNIT && !unitVariable.isBlank() && mapping != null
				&& mapping.getPatternValues().stream().noneMatch(p -> p.contains("{" + unitVariable + "}"))) {
			problems.add("unit variable {" + unitVariable + "} is not in the path");
		}
		return problems;
	}

	/** The actor's grants this policy counts: all of them for SIGNED_IN, those of its roles for ROLES. */
	public List<Grant> grantsOf(Actor actor) {
		return audience == Audience.ROLES ? actor.grantsFor(roles) : actor.grants();
	}

	/** A short text for reports: {@code roles ADMIN, BOARD_OFFICER · UNIT {unitId}}. */
	public String describe() {
		String who = audience == Audience.ROLES
				? String.join(", ", roles.stream().map(Enum::name).sorted().toList()) : audience.name();
		return switch (scope) {
			case NONE -> who;
			case UNIT -> who + " · UNIT {" + unitVariable + "}";
			default -> who + " · " + scope.name();
		};
	}

}
