package danvan.platform.text;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A name or short text: no markup ({@code <}, {@code >}) and no control characters. */
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainTextValidator.class)
public @interface PlainText {

	String message() default "{validation.plainText}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
