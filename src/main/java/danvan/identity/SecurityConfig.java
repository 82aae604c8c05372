package danvan.identity;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import danvan.platform.security.CsrfExemptPath;
import danvan.platform.security.PublicPaths;
import danvan.platform.web.ApiProblems;
import danvan.platform.security.SecurityHeaders;

/**
 * Form sign-in at {@code /login} for people; HTTP Basic for scripts on {@code /api/**}. An API call without
 * credentials gets 401, never a login page; a script using Basic needs no CSRF token, a browser session does.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	static final String[] PUBLIC_PATHS = { "/login", "/css/**", "/js/**", "/img/**", "/webjars/**",
			"/favicon.ico", "/error", "/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**",
			"/swagger-ui.html" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<PublicPaths> modulePublicPaths,
			ObjectProvider<CsrfExemptPath> csrfExemptPaths, ApiProblems problems, SecurityHeaders securityHeaders,
			@Value("${danvan.security.session-max-age:12h}") Duration sessionMaxAge) throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		RequestMatcher htmx = new RequestHeaderRequestMatcher("HX-Request");
		RequestMatcher basicAuth = request -> {
			String header = request.getHeader("Authorization");
			return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
		};
		AuthenticationEntryPoint unauthorized = problems::unauthorized;
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers(PUBLIC_PATHS).permitAll();
			modulePublicPaths.forEach(paths -> {
				String[] patterns = paths.patterns().toArray(String[]::new);
				if (paths.method() == null) {
					requests.requestMatchers(patterns).permitAll();
				}
				else {
					requests.requestMatchers(paths.method(), patterns).permitAll();
				}
			});
			requests.anyRequest().authenticated();
		})
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/dashboard")
				.failureHandler(failureHandler())
				.permitAll())
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			// two mappings: with one, Spring Security would answer every refusal, pages too, with the API's problem JSON
			.exceptionHandling(errors -> errors.defaultAccessDeniedHandlerFor(problems::forbidden, api)
				.defaultAccessDeniedHandlerFor(new org.springframework.security.web.access.AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE)
				.defaultAuthenticationEntryPointFor(unauthorized, api)
				.defaultAuthenticationEntryPointFor(SecurityConfig::reloadPage, htmx)
				.defaultAuthenticationEntryPointFor(SecurityConfig::signInPage, AnyRequestMatcher.INSTANCE))
			.csrf(csrf -> {
				csrf.ignoringRequestMatchers(basicAuth);
				csrfExemptPaths.orderedStream().forEach(path -> csrf
					.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher(path.method(), path.pattern())));
			})
			// signing out also clears the cookie, so the browser's next page is not met with "the session has expired"
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
			// a new session id at sign-in (ASVS 3.2.1); Spring's own HSTS writer gives way to the shared one
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.httpStrictTransportSecurity(hsts -> hsts.disable())
				.addHeaderWriter(securityHeaders))
			.addFilterBefore(new SessionAgeLimit(sessionMaxAge), SecurityContextHolderFilter.class);
		return http.build();
	}

	/** An expired session during an htmx request reloads the whole page instead of swapping in a login form. */
	private static void reloadPage(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.core.AuthenticationException e) {
		response.setHeader("HX-Redirect", request.getContextPath() + signInPath(request));
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
	}

	private static void signInPage(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.core.AuthenticationException e) throws java.io.IOException, jakarta.servlet.ServletException {
		new LoginUrlAuthenticationEntryPoint(signInPath(request)).commence(request, response, e);
	}

	/**
	 * The sign-in page, saying "phiên đăng nhập đã hết hạn" when the browser came with a session that is no more:
	 * idle or too old, or kept in a Redis that is away (several nodes).
	 */
	private static String signInPath(jakarta.servlet.http.HttpServletRequest request) {
		return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid() ? "/login?expired"
				: "/login";
	}

	private static ExceptionMappingAuthenticationFailureHandler failureHandler() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/login?error");
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				DisabledException.class.getName(), "/login?disabled"));
		return handler;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
