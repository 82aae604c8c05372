package danvan.portal;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Articles made for one test, with a unique title, through the editors' service. */
final class PortalFixtures {

	static final String SEED_SLUG = "tong-ket-phong-trao-thi-dua-chao-mung-90-nam-ngay-truyen-thong-cong-tac-dan-van-15-10-1930-15-10-2020";

	private PortalFixtures() {
	}

	static Article published(ArticleService service, String title, String body) {
		return asEditor(() -> {
			Article article = service.create(draft(title, body, null));
			return service.publish(article.getId(), article.getVersion());
		});
	}

	static ArticleDraft draft(String title, String body, Instant publishedAt) {
		return new ArticleDraft(title, "Tóm tắt " + title, body, Category.TIN_HOAT_DONG, "Phóng viên", publishedAt);
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static <T> T asEditor(Supplier<T> work) {
		return as("bientap", "ROLE_EDITOR", work);
	}

	static <T> T asModerator(Supplier<T> work) {
		return as("kiemduyet", "ROLE_MODERATOR", work);
	}

	static <T> T as(String user, String role, Supplier<T> work) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		TestingAuthenticationToken token = new TestingAuthenticationToken(user, "x", role);
		token.setAuthenticated(true);
		SecurityContextHolder.getContext().setAuthentication(token);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

}
