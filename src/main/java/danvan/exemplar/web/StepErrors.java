package danvan.exemplar.web;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

import danvan.platform.web.FormErrors;
import danvan.platform.web.RuleViolationException;

/** A refusal next to its field when the form has it, else at the top of the form (never a binding failure). */
final class StepErrors {

	private StepErrors() {
	}

	static void reject(BindingResult result, RuleViolationException e) {
		if (e.field() != null && result.getTarget() != null
				&& !new BeanWrapperImpl(result.getTarget()).isReadableProperty(e.field())) {
			result.reject(e.messageKey(), e.arguments(), e.messageKey());
			return;
		}
		FormErrors.reject(result, e);
	}

}
