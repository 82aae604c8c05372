package danvan.platform.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class PlainTextValidator implements ConstraintValidator<PlainText, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		return value == null || value.chars().noneMatch(c -> c == '<' || c == '>' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'));
	}

}
