package danvan.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only a plain article address takes the fast path; anything else goes through the whole stack. */
class ArticleFastPathTests {

	@Test
	void anArticleAddressIsTheSectionAndASlug() {
		assertThat(ArticleFastPath.isArticlePath("/tin-tuc/tong-ket-phong-trao-thi-dua-2020")).isTrue();
		assertThat(ArticleFastPath.isArticlePath("/tin-tuc/a")).isTrue();
		assertThat(ArticleFastPath.isArticlePath("/tin-tuc/" + "a".repeat(210))).isTrue();
	}

	@Test
	void anythingElseIsNot() {
		assertThat(ArticleFastPath.isArticlePath("/tin-tuc/")).isFalse();
		assertThat(ArticleFastPath.isArticlePath("/tin-tuc/" + "a".repeat(211))).isFalse();
		assertThat(ArticleFastPath.isArticlePath("/tin-tuc/tong-ket/in")).isFalse();
		assertThat(ArticleFastPath.isArticlePath("/tin-tuc/Tong-Ket")).isFalse();
		assertThat(ArticleFastPath.isArticlePath("/tin-tuc/tổng-kết")).isFalse();
		assertThat(ArticleFastPath.isArticlePath("/tin-tuc/..%2Fadmin")).isFalse();
		assertThat(ArticleFastPath.isArticlePath("/chuyen-muc/tin-hoat-dong")).isFalse();
	}

}
