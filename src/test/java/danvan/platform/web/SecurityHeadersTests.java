package danvan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import danvan.test.DanvanSpringTest;

/**
 * The browser-hardening headers on a public page, a kept article page, a back-office page, an API call and an
 * error; HSTS only over HTTPS; the CSP report endpoint (ASVS 14.4.x, 3.4.x).
 */
@DanvanSpringTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityHeadersTests {

	private static final String SEED_ARTICLE = "/tin-tuc/tong-ket-phong-trao-thi-dua-chao-mung-90-nam-ngay-truyen-thong-cong-tac-dan-van-15-10-1930-15-10-2020";

	@Autowired
	MockMvc mvc;

	@Test
	void aPublicPageCarriesTheStrictPolicyAndNoHstsOverHttp() throws Exception {
		MockHttpServletResponse page = send(get("/"));

		assertHardened(page);
		assertThat(page.getHeader("Strict-Transport-Security")).isNull();
	}

	@Test
	void aKeptArticlePageCarriesTheSameHeadersAsItsFirstRendering() throws Exception {
		MockHttpServletResponse first = send(get(SEED_ARTICLE));
		MockHttpServletResponse cached = send(get(SEED_ARTICLE));

		assertHardened(first);
		assertHardened(cached);
		assertThat(cached.getHeader("Content-Security-Policy")).isEqualTo(first.getHeader("Content-Security-Policy"));
	}

	@Test
	void aBackOfficePageIsHardenedAndNeverCached() throws Exception {
		MockHttpServletResponse page = send(get("/dashboard").with(httpBasic("bandanvan", "Danvan@2026")));

		assertThat(page.getStatus()).isEqualTo(200);
		assertHardened(page);
		assertThat(page.getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void anApiCallIsHardenedToo() throws Exception {
		MockHttpServletResponse answer = send(get("/api/org/units").with(httpBasic("admin", "Danvan@2026")));

		assertThat(answer.getStatus()).isEqualTo(200);
		assertHardened(answer);
		assertThat(answer.getHeader("Cache-Control")).contains("no-store");
		assertThat(answer.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"api.json\"");
	}

	@Test
	void anErrorIsHardenedToo() throws Exception {
		MockHttpServletResponse answer = send(get("/api/org/units"));

		assertThat(answer.getStatus()).isEqualTo(401);
		assertHardened(answer);
	}

	@Test
	void httpsRequestsGetHstsForAYear() throws Exception {
		MockHttpServletResponse page = send(get("/login").secure(true));

		assertThat(page.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
	}

	@Test
	void aViolationReportIsLoggedOnOneLineAnd204WithoutSessionOrToken(CapturedOutput output) throws Exception {
		String report = "{\"csp-report\":{\"document-uri\":\"http://localhost/\",\"violated-directive\":\"script-src-elem\","
				+ "\"blocked-uri\":\"inline\"}}\r\nInjected: fake log line";
		MockHttpServletResponse answer = send(post("/csp-reports").contentType("application/csp-report").content(report));

		assertThat(answer.getStatus()).isEqualTo(204);
		assertThat(answer.getHeader("Set-Cookie")).isNull();
		assertThat(output.getOut()).contains("CSP violation: {\"csp-report\"")
			.doesNotContain("\nInjected: fake log line");
	}

	@Test
	void aHugeReportIsReadOnlyUpToItsLimit() throws Exception {
		String huge = "{\"csp-report\":{\"blocked-uri\":\"" + "a".repeat(1_000_000) + "\"}}";
		MockHttpServletResponse answer = send(post("/csp-reports").contentType("application/reports+json").content(huge));

		assertThat(answer.getStatus()).isEqualTo(204);
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	private static void assertHardened(MockHttpServletResponse response) {
		Map<String, String> csp = directives(response.getHeader("Content-Security-Policy"));
		assertThat(csp).containsEntry("default-src", "'self'")
			.containsEntry("script-src", "'self'")
			.containsEntry("object-src", "'none'")
			.containsEntry("base-uri", "'self'")
			.containsEntry("form-action", "'self'")
			.containsEntry("frame-ancestors", "'none'")
			.containsEntry("report-uri", "/csp-reports")
			.containsEntry("report-to", "csp");
		assertThat(csp.get("script-src")).doesNotContain("unsafe");
		assertThat(response.getHeader("Reporting-Endpoints")).isEqualTo("csp=\"/csp-reports\"");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(response.getHeader("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()",
				"payment=()", "usb=()");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	private static Map<String, String> directives(String policy) {
		assertThat(policy).as("Content-Security-Policy").isNotBlank();
		return Arrays.stream(policy.split(";"))
			.map(String::strip)
			.filter(d -> !d.isEmpty())
			.collect(Collectors.toMap(d -> d.split("\\s+", 2)[0], d -> d.contains(" ") ? d.split("\\s+", 2)[1] : ""));
	}

}
