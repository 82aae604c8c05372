package danvan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import danvan.test.FailingEndpoints;
import danvan.test.ServerClient;
import danvan.test.TestDatabase;

/**
 * The session cookie as the real Tomcat sets it, directly and behind the documented reverse proxy (which says
 * HTTPS with X-Forwarded-Proto from a loopback address); a new session id at sign-in, none after signing out, none
 * taken from a URL (ASVS 3.1.1, 3.2.1, 3.3.1, 3.4.x).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestDatabase.class, FailingEndpoints.class })
@Tag("db")
class SessionCookieTests {

	@LocalServerPort
	int port;

	private ServerClient server;

	@BeforeEach
	void client() {
		server = new ServerClient(port);
	}

	@Test
	void overPlainHttpTheSessionCookieIsHttpOnlyAndSameSiteLaxButNotSecure() {
		HttpResponse<String> page = server.get("/login");

		String cookie = ServerClient.sessionCookie(page);
		assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void behindTheProxyOverHttpsTheCookieIsSecureAndHstsIsSent() {
		HttpResponse<String> page = server.send(server.request("/login").header("X-Forwarded-Proto", "https"));

		assertThat(ServerClient.sessionCookie(page)).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
		assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");
	}

	@Test
	void signingInGivesANewSessionId() {
		ServerClient.SignedIn signedIn = server.signIn("bandanvan", "Danvan@2026");

		assertThat(signedIn.answer().statusCode()).isEqualTo(302);
		assertThat(signedIn.answer().headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));
		assertThat(signedIn.sessionBefore()).isNotNull();
		assertThat(signedIn.session()).isNotNull().isNotEqualTo(signedIn.sessionBefore());
		HttpResponse<String> dashboard = server.send(server.request("/dashboard").header("Cookie", signedIn.cookie()));
		assertThat(dashboard.statusCode()).isEqualTo(200);
		HttpResponse<String> oldSession = server.send(server.request("/dashboard")
			.header("Cookie", "JSESSIONID=" + signedIn.sessionBefore()));
		assertThat(oldSession.statusCode()).isEqualTo(302);
	}

	@Test
	void signingOutEndsTheSession() {
		ServerClient.SignedIn signedIn = server.signIn("bandanvan", "Danvan@2026");
		String token = ServerClient.csrfToken(server.send(server.request("/dashboard").header("Cookie", signedIn.cookie())).body());

		HttpResponse<String> out = server.send(server.request("/logout").header("Accept", "text/html")
			.header("Cookie", signedIn.cookie())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + token)));

		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(out.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=;").containsAnyOf("Max-Age=0", "Expires=Thu, 01 Jan 1970"));
		HttpResponse<String> after = server.send(server.request("/dashboard").header("Cookie", signedIn.cookie()));
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
		assertThat(server.get("/dashboard").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void aSessionThatHasEndedMeetsTheSignInPageSayingSo() {
		HttpResponse<String> stale = server.send(server.request("/dashboard").header("Cookie", "JSESSIONID=ended-long-ago"));

		assertThat(stale.statusCode()).isEqualTo(302);
		assertThat(stale.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
		assertThat(server.get("/login?expired").body()).contains("Phiên đăng nhập đã hết hạn");
		// a reader of the public portal with an old cookie is not sent anywhere
		assertThat(server.send(server.request("/").header("Cookie", "JSESSIONID=ended-long-ago")).statusCode()).isEqualTo(200);
	}

	@Test
	void aSessionIdInTheUrlIsNeverTaken() {
		ServerClient.SignedIn signedIn = server.signIn("bandanvan", "Danvan@2026");

		HttpResponse<String> page = server.get("/dashboard;jsessionid=" + signedIn.session());

		assertThat(page.statusCode()).isNotEqualTo(200);
	}

}
