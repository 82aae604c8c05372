package danvan.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Error pages for the server-rendered screens: 404, 409 and 422 with a Vietnamese message. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	private final MessageSource messages;

	PageErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	ModelAndView notFound(Exception e) {
		String key = e instanceof DomainException d ? d.messageKey() : "error.notFound";
		return page(HttpStatus.NOT_FOUND, key, e instanceof DomainException d ? d.arguments() : null);
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
