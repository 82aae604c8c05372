package danvan.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call this handler: the declared policy of one page or API operation, checked on the server before the
 * handler runs ({@link AccessInterceptor}). Every mapped handler carries one; a handler without it is refused
 * and fails the start ({@link AccessPolicies}). Examples:
 *
 * <pre>
 * &#64;Access(PUBLIC)
 * &#64;Access(SIGNED_IN)
 * &#64;Access(roles = { ADMIN, BOARD_OFFICER }, scope = OrgScope.RECORD)
 * &#64;Access(roles = UNIT_OFFICER, scope = OrgScope.UNIT, unit = "unitId")
 * </pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Access {

	/** Everyone, anyone signed in, or only the {@link #roles()}. Naming roles alone means {@code ROLES}. */
	Audience value() default Audience.ROLES;

	/** The roles that may call the handler when the audience is {@code ROLES}. */
	Role[] roles() default {};

	/** The part of the organisation the handler acts on. */
	OrgScope scope() default OrgScope.NONE;

	/** With {@code scope = UNIT}: the path variable holding the unit's id. */
	String unit() default "";

}
