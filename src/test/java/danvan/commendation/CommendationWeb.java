package danvan.commendation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs requests in as a demo account without a password round trip, with a CSRF token. */
public final class CommendationWeb {

	private CommendationWeb() {
	}

	public static RequestPostProcessor as(UserDetailsService users, String username) {
		var details = users.loadUserByUsername(username);
		return request -> csrf().postProcessRequest(user(details).postProcessRequest(request));
	}

}
