package danvan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import danvan.platform.web.RuleViolationException;

/** Slugs, sanitising, the article workflow and the revision diff, without Spring. */
class PortalUnitTests {

	@Test
	void slugsFoldVietnameseAndJoinWordsWithDashes() {
		assertThat(Slugs.of("Tổng kết phong trào thi đua chào mừng 90 năm ngày truyền thống công tác dân vận (15/10/1930-15/10/2020)"))
			.isEqualTo(PortalFixtures.SEED_SLUG);
		assertThat(Slugs.of("Đảng bộ – Đoàn thể!!")).isEqualTo("dang-bo-doan-the");
		assertThat(Slugs.of("  ***  ")).isEqualTo("bai-viet");
		assertThat(Slugs.of("a".repeat(500))).hasSize(Slugs.MAX_LENGTH);
	}

	@Test
	void htmlIsCleanedAndImagesGetTheirCaptionAsAlt() {
		ArticleHtml.Cleaned cleaned = ArticleHtml.clean("<p style=\"color:red\" onmouseover=\"x\">Chữ <em>nghiêng</em></p>"
				+ "<figure><img src=\"/anh/42/hien-thi\" onerror=\"x\"><figcaption>Ảnh: Quang cảnh</figcaption></figure>"
				+ "<script>bad()</script><style>p{}</style><object data=\"x\"></object><a href=\"/tin-tuc/a\">nội bộ</a>");
		assertThat(cleaned.html()).isEqualTo("<p>Chữ <em>nghiêng</em></p><figure><img src=\"/anh/42/hien-thi\" alt=\"Ảnh: Quang cảnh\">"
				+ "<figcaption>Ảnh: Quang cảnh</figcaption></figure><a href=\"/tin-tuc/a\">nội bộ</a>");
		assertThat(cleaned.text()).isEqualTo("Chữ nghiêng Ảnh: Quang cảnh nội bộ");
		assertThat(cleaned.coverImageId()).isEqualTo(42L);
		assertThat(ArticleHtml.plain("<script>x()</script>Dòng 1\nDòng 2 &amp; <b>đậm</b> a < b")).isEqualTo("Dòng 1\nDòng 2 & đậm a < b");
	}

	@Test
	void theWorkflowRefusesIllegalSteps() {
		Instant now = Instant.parse("2026-11-25T00:00:00Z");
		Article article = new Article("bai", content(null), 0, now, "bientap");
		assertThat(article.getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThatThrownBy(() -> article.unpublish(now, "bientap")).isInstanceOf(RuleViolationException.class);
		article.submit(now, "bientap");
		assertThatThrownBy(() -> article.submit(now, "bientap")).isInstanceOf(RuleViolationException.class);
		article.publish(null, now, "bientap", "Ban A");
		assertThat(article.isVisibleAt(now)).isTrue();
		assertThatThrownBy(() -> article.publish(null, now, "bientap", "Ban A")).isInstanceOf(RuleViolationException.class);
		article.unpublish(now, "bientap");
		assertThat(article.isVisibleAt(now)).isFalse();
		article.backToDraft(now, "bientap");
		assertThat(article.getRevision()).isEqualTo(5);
	}

	@Test
	void anArticleKeepsTheNameOfTheBodyThatFirstPublishedIt() {
		Instant now = Instant.parse("2025-06-20T00:00:00Z");
		Article article = new Article("sap-nhap", content(null), 0, now, "bientap");
		article.publish(null, now, "bientap", "Ban Dân vận Huyện ủy");
		article.unpublish(now, "bientap");
		article.publish(null, now.plus(Duration.ofDays(30)), "bientap", "Ban Tuyên giáo và Dân vận Tỉnh ủy");
		assertThat(article.getPublisher()).isEqualTo("Ban Dân vận Huyện ủy");
	}

	@Test
	void aFutureDateSchedulesPublication() {
		Instant now = Instant.parse("2026-11-25T00:00:00Z");
		Article article = new Article("hen-gio", content(now.plus(Duration.ofDays(1))), 0, now, "bientap");
		article.publish(null, now, "bientap", "Ban A");
		assertThat(article.isScheduled(now)).isTrue();
		assertThat(article.isVisibleAt(now)).isFalse();
		assertThat(article.isVisibleAt(now.plus(Duration.ofDays(1)))).isTrue();
	}

	@Test
	void theDiffShowsRemovedAndAddedParagraphs() {
		List<RevisionDiff.Line> diff = RevisionDiff.diff(List.of("a", "b", "c"), List.of("a", "x", "c", "d"));
		assertThat(diff).extracting(RevisionDiff.Line::change)
			.containsExactly(RevisionDiff.Change.SAME, RevisionDiff.Change.REMOVED, RevisionDiff.Change.ADDED,
					RevisionDiff.Change.SAME, RevisionDiff.Change.ADDED);
	}

	private static ArticleContent content(Instant publishedAt) {
		return new ArticleContent("Tiêu đề", "Tóm tắt", "<p>x</p>", "x", Category.TIN_HOAT_DONG, "Tác giả", publishedAt, null);
	}

}
