package danvan.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import danvan.platform.security.Access;
import danvan.platform.security.Audience;

/**
 * Test-only endpoints that fail the way a bug would, with an exception whose message holds SQL, a class name and
 * a file path: the error tests check that none of it reaches the browser or the API client. Any signed-in user
 * may call them. The controllers are inner (not static) classes, so that component scanning never finds them: they
 * are registered as members of this configuration, only in the contexts that import it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FailingEndpoints {

	public static final String SECRET = "select password_hash from identity_account -- at danvan.identity.Account"
			+ "(Account.java:42) /work/danvan/src/main/java/danvan/identity/Account.java";

	@Controller
	class Page {

		@GetMapping("/test-failures/page")
		@Access(Audience.SIGNED_IN)
		String fail() {
			throw new IllegalStateException(SECRET);
		}

		@PostMapping("/test-failures/upload")
		@Access(Audience.SIGNED_IN)
		String upload(@RequestParam MultipartFile file) {
			return "redirect:/";
		}

	}

	@RestController
	class Api {

		@GetMapping("/api/test-failures/boom")
		@Access(Audience.SIGNED_IN)
		String fail() {
			throw new IllegalStateException(SECRET);
		}

		@PostMapping("/api/test-failures/upload")
		@Access(Audience.SIGNED_IN)
		String upload(@RequestParam MultipartFile file) {
			return "ok";
		}

	}

}
