package danvan.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * The API's refusals that happen before a controller runs (no credentials: 401; a refused request such as a
 * missing CSRF token: 403), written in the same RFC 9457 problem shape as {@link ApiErrors}, in the caller's
 * language. The security configuration uses {@link #unauthorized} and {@link #forbidden} for {@code /api/**}.
 */
@Component
public class ApiProblems {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	private final LocaleResolver locales;

	ApiProblems(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	public void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		write(request, response, HttpStatus.UNAUTHORIZED, "error.unauthorized");
	}

	public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "error.forbidden");
	}

	/** Answers with the problem of that status, its detail the message of that key (for filters). */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey)
			throws IOException {
		Locale locale = locales.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(detailKey, null, detailKey, locale));
		problem.setTitle(messages.getMessage("error.title." + status.value(), null, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setCharacterEncoding("UTF-8");
		response.setContentType(ApiDescriptions.PROBLEM_MEDIA_TYPE);
		JSON.writeValue(response.getOutputStream(), problem);
	}

}
