package danvan.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the server's limit fails while the request is read, before any controller is chosen, so the
 * controller-scoped handlers never see it; this one answers it in Vietnamese: a problem for the API, the error
 * page otherwise.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitErrors {

	private final MessageSource messages;

	UploadLimitErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(HttpServletRequest request) {
		String message = messages.getMessage("files.requestTooLarge", null, LocaleContextHolder.getLocale());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, message);
			problem.setTitle(messages.getMessage("error.title.422", null, LocaleContextHolder.getLocale()));
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
		}
		ModelAndView view = new ModelAndView("error/problem");
		view.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
		view.addObject("status", 422);
		view.addObject("message", message);
		return view;
	}

}
