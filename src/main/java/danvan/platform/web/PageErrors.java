package danvan.platform.web;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Error pages for the server-rendered screens: 404, 409 and 422 with a Vietnamese message. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	private final MessageSource messages;

	PageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException e) {
		return page(HttpStatus.NOT_FOUND, e.messageKey(), e.arguments());
	}

	/** A malformed id in the path names no record (404); a malformed query or form value is a bad request. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView mismatch(MethodArgumentTypeMismatchException e) {
		if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return page(HttpStatus.NOT_FOUND, "error.notFound", null);
		}
		return page(HttpStatus.BAD_REQUEST, "error.unreadable", null);
	}

	/** A forged form field name such as {@code grants[300]} or {@code a.b.c}. */
	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView badField() {
		return page(HttpStatus.BAD_REQUEST, "error.unreadable", null);
	}

	@ExceptionHandler(RuleViolationException.class)
	ModelAndView refused(RuleViolationException e) {
		return page(HttpStatus.UNPROCESSABLE_CONTENT, e.messageKey(), e.arguments());
	}

	@ExceptionHandler({ StaleRecordException.class, ObjectOptimisticLockingFailureException.class })
	ModelAndView stale() {
		return page(HttpStatus.CONFLICT, "error.stale", null);
	}

	private ModelAndView page(HttpStatus status, String key, Object[] arguments) {
		ModelAndView view = new ModelAndView("error/problem");
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("message", messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale()));
		return view;
	}

}
