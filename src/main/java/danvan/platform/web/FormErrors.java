package danvan.platform.web;

import org.springframework.validation.BindingResult;

/** Puts a refused action's message on the form, next to its field when it names one. */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult result, RuleViolationException e) {
		if (e.field() != null) {
			result.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
		}
		else {
			result.reject(e.messageKey(), e.arguments(), e.messageKey());
		}
	}

}
