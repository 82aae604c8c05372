package danvan.org;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Demo accounts and fresh unit codes for the organisation tests. */
final class OrgTestSupport {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private OrgTestSupport() {
	}

	static RequestPostProcessor as(String username) {
		return SecurityMockMvcRequestPostProcessors.httpBasic(username, "Danvan@2026");
	}

	static String freshCode(String prefix) {
		return prefix + "_" + SEQUENCE.incrementAndGet() + "_" + (System.nanoTime() % 100_000);
	}

}
