package danvan.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * A form post over {@code server.tomcat.max-http-form-post-size} reaches the application with its parameters
 * refused: every later call that asks for one (the sign-in token's filter first, then the error page's) fails,
 * and the person saw Tomcat's English "Payload Too Large". This asks first and, when Tomcat refused the form,
 * answers at once in Vietnamese: a short page of its own (nothing downstream may touch the request again) or an
 * RFC 9457 problem on the API. Multipart uploads have their own answer ({@link UploadLimitErrors}).
 */
@Configuration(proxyBeanMethods = false)
class FormSizeLimit {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> danvanFormSizeLimit(MessageSource messages, LocaleResolver locales,
			ApiProblems problems) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new Check(messages, locales, problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	static final class Check extends OncePerRequestFilter {

		private final MessageSource messages;

		private final LocaleResolver locales;

		private final ApiProblems problems;

		Check(MessageSource messages, LocaleResolver locales, ApiProblems problems) {
			this.messages = messages;
			this.locales = locales;
			this.problems = problems;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String type = request.getContentType();
			return type == null || !type.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				request.getParameterNames();
			}
			catch (InvalidParameterException refused) {
				if (refused.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) {
					answer(request, response, HttpStatus.CONTENT_TOO_LARGE, "error.formTooLarge.title", "error.formTooLarge");
				}
				else {
					answer(request, response, HttpStatus.BAD_REQUEST, "error.title.400", "error.unreadable");
				}
				return;
			}
			chain.doFilter(request, response);
		}

		private void answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String titleKey,
				String detailKey) throws IOException {
			String context = request.getContextPath();
			if (request.getRequestURI().startsWith(context + "/api/")) {
				problems.write(request, response, status, detailKey);
				return;
			}
			Locale locale = locales.resolveLocale(request);
			String title = messages.getMessage(titleKey, null, locale);
			String detail = messages.getMessage(detailKey, null, locale);
			response.setStatus(status.value());
			response.setCharacterEncoding("UTF-8");
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.getWriter().write("""
					<!DOCTYPE html>
					<html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
					<title>%s</title><link rel="stylesheet" href="%s/webjars/bootstrap/css/bootstrap.min.css">
					<link rel="stylesheet" href="%s/css/danvan.css"></head>
					<body><main class="container my-4"><section class="dv-card my-4"><h1 class="h3">%s</h1>
					<p class="lead">%s</p><a class="btn btn-primary" href="%s/">%s</a></section></main></body></html>
					""".formatted(locale.getLanguage(), html(title), context, context, html(title), html(detail), context,
					html(messages.getMessage("error.backHome", null, locale))));
		}

		private static String html(String text) {
			return HtmlUtils.htmlEscape(text, "UTF-8");
		}

	}

}
