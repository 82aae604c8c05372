package danvan.platform.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose every insert, update, deactivation and delete is written to the audit trail
 * under the type name {@link #value()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AuditTrail {

	String value();

	/** Derived fields that would only add noise to the trail. */
	String[] ignore() default {};

}
