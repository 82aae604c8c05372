package danvan.platform.web;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** JSON problems (RFC 9457) for the API, with Vietnamese details. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	private final MessageSource messages;

	ApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, text(e));
	}

	/** Signed in, but the record or the action is outside the caller's role or scope. */
	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden() {
		return problem(HttpStatus.FORBIDDEN, message("error.forbidden"));
	}

	@ExceptionHandler(RuleViolationException.class)
	ProblemDetail refused(RuleViolationException e) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, text(e));
		if (e.field() != null) {
			problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", text(e))));
		}
		return problem;
	}

	@ExceptionHandler({ StaleRecordException.class, ObjectOptimisticLockingFailureException.class })
	ProblemDetail stale() {
		return problem(HttpStatus.CONFLICT, message("error.stale"));
	}

	@ExceptionHandler(BindException.class)
	ProblemDetail invalid(BindException e) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message("error.invalid"));
		problem.setProperty("errors", e.getFieldErrors().stream().map(this::fieldError).toList());
		return problem;
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			InvalidPropertyException.class })
	ProblemDetail unreadable() {
		return problem(HttpStatus.BAD_REQUEST, message("error.unreadable"));
	}

	/**
	 * Anything unforeseen: logged with its stack trace, answered with a plain 500 problem that names no class,
	 * query or file. Refused access and exceptions that carry their own status go their usual way.
	 */
	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception e) throws Exception {
		if (e instanceof AccessDeniedException || e instanceof AuthenticationException || e instanceof ErrorResponse) {
			throw e;
		}
		log.error("API request failed", e);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, message("error.server"));
	}

	private Map<String, String> fieldError(FieldError error) {
		return Map.of("field", error.getField(), "message",
				messages.getMessage(error, LocaleContextHolder.getLocale()));
	}

	private ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(message("error.title." + status.value()));
		return problem;
	}

	private String text(DomainException e) {
		return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
	}

	private String message(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
