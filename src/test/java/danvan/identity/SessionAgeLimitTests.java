package danvan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;

import jakarta.servlet.http.HttpSession;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** However busy, a session ends 12 hours after it began (ASVS 3.3.2); a younger one is left alone. */
class SessionAgeLimitTests {

	private final SessionAgeLimit limit = new SessionAgeLimit(Duration.ofHours(12));

	@Test
	void aSessionOlderThanTheLimitIsEndedAndTheRequestGoesOnWithoutIt() throws Exception {
		HttpSession old = session(Duration.ofHours(12).plusMinutes(1));
		MockFilterChain chain = new MockFilterChain();

		limit.doFilter(request(old), new MockHttpServletResponse(), chain);

		verify(old).invalidate();
		assertThat(chain.getRequest()).isNotNull();
	}

	@Test
	void aYoungerSessionIsKept() throws Exception {
		HttpSession young = session(Duration.ofHours(11));

		limit.doFilter(request(young), new MockHttpServletResponse(), new MockFilterChain());

		verify(young, never()).invalidate();
	}

	private static HttpSession session(Duration age) {
		HttpSession session = mock(HttpSession.class);
		when(session.getCreationTime()).thenReturn(System.currentTimeMillis() - age.toMillis());
		return session;
	}

	private static MockHttpServletRequest request(HttpSession session) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/dashboard") {
			@Override
			public HttpSession getSession(boolean create) {
				return session;
			}
		};
		return request;
	}

}
