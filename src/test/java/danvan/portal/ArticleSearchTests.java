package danvan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import danvan.test.DanvanSpringTest;

/** Accent-insensitive, ranked search with highlighted snippets, on the demo articles. */
@DanvanSpringTest
class ArticleSearchTests {

	@Autowired
	ArticleSearch search;

	@Autowired
	ArticleService articles;

	@Test
	void foldedQueriesFindVietnameseText() {
		ArticleSearch.Results kheo = search.search("dan van kheo", 0);
		assertThat(kheo.total()).isGreaterThan(3);
		assertThat(kheo.hits().get(0).titleHtml()).contains("<mark>Dân</mark> <mark>vận</mark> <mark>khéo</mark>");

		ArticleSearch.Results meeting = search.search("to chuc hoi nghi", 0);
		assertThat(meeting.hits()).isNotEmpty();
		assertThat(meeting.hits().get(0).titleHtml()).contains("<mark>Tổ</mark> <mark>chức</mark> <mark>hội</mark> <mark>nghị</mark>");
		assertThat(meeting.hits()).anyMatch(h -> h.slug().equals(PortalFixtures.SEED_SLUG));
	}

	@Test
	void titlesRankAboveBodiesAndSnippetsAreEscaped() {
		String word = "zqxwv" + System.nanoTime() % 1000;
		Article inBody = PortalFixtures.published(articles, PortalFixtures.unique("Bài có từ trong thân"),
				"<p>Một đoạn văn có " + word + " và dấu &lt;b&gt; cùng dấu &amp;.</p>");
		Article inTitle = PortalFixtures.published(articles, "Tiêu đề có " + word, "<p>Thân bài thường.</p>");
		ArticleSearch.Results results = search.search(word, 0);
		assertThat(results.hits()).extracting(ArticleSearch.Hit::slug).containsExactly(inTitle.getSlug(), inBody.getSlug());
		assertThat(results.hits().get(1).snippetHtml()).contains("<mark>" + word + "</mark>").contains("&lt;b&gt;")
			.doesNotContain("<b>");
	}

	@Test
	void unpublishedAndScheduledArticlesAreNotFound() {
		String word = "kkwwyy" + System.nanoTime() % 1000;
		PortalFixtures.asEditor(() -> articles.create(PortalFixtures.draft("Nháp " + word, "<p>x</p>", null)));
		PortalFixtures.asEditor(() -> {
			Article later = articles.create(PortalFixtures.draft("Hẹn giờ " + word, "<p>x</p>",
					java.time.Instant.now().plus(java.time.Duration.ofDays(3))));
			return articles.publish(later.getId(), later.getVersion());
		});
		assertThat(search.search(word, 0).total()).isZero();
	}

	@Test
	void anyQueryTextIsAccepted() {
		assertThat(search.search(null, 0).hits()).isEmpty();
		assertThat(search.search("  ", -5).hits()).isEmpty();
		assertThat(search.search("\"(* AND ~ ^", 0).hits()).isEmpty();
		assertThat(search.search("x".repeat(5000), 99999).hits()).isEmpty();
		assertThat(ArticleSearch.normalise("a ".repeat(100)).split(" ")).hasSize(ArticleSearch.MAX_WORDS);
	}

	@Test
	void theSeedArticleComesFirstForItsOwnWords() {
		ArticleSearch.Results results = search.search("tong ket phong trao thi dua 90 nam", 0);
		assertThat(results.hits()).isNotEmpty();
		assertThat(results.hits().get(0).slug()).isEqualTo(PortalFixtures.SEED_SLUG);
	}

	@Test
	void theExactPhraseRanksAboveScatteredWords() {
		String a = "qqphra" + System.nanoTime() % 1000;
		String b = "zzphrb" + System.nanoTime() % 1000;
		Article scattered = PortalFixtures.published(articles, PortalFixtures.unique("Bài có hai từ rời"),
				"<p>" + a + " mở đầu đoạn văn về công tác dân vận ở cơ sở, nhiều câu chữ xen giữa rồi mới đến " + b + ".</p>");
		Article phrase = PortalFixtures.published(articles, PortalFixtures.unique("Bài có cụm từ"),
				"<p>Đoạn văn nói về công tác dân vận ở cơ sở, có cụm " + a + " " + b + " đứng liền nhau.</p>");
		assertThat(search.search(a + " " + b, 0).hits()).extracting(ArticleSearch.Hit::slug)
			.containsExactly(phrase.getSlug(), scattered.getSlug());
	}

	@Test
	void everyHitIsOnExactlyOnePageOnEitherSideOfTheRescoredFirstPages() {
		String word = "pagew" + System.nanoTime() % 1000;
		int count = 110;
		java.util.Set<String> published = new java.util.HashSet<>();
		for (int i = 0; i < count; i++) {
			// a phrase in some leads, so that rescoring moves hits within the first pages
			String text = i % 7 == 0 ? word + " dân vận" : word + " công tác " + "dân vận ".repeat(1 + i % 3);
			published.add(PortalFixtures.published(articles, "Tin " + i + " " + word, "<p>" + text + "</p>").getSlug());
		}
		java.util.List<String> seen = new java.util.ArrayList<>();
		for (int page = 0; page * ArticleSearch.PAGE_SIZE < count; page++) {
			seen.addAll(search.search(word + " dan van", page).hits().stream().map(ArticleSearch.Hit::slug).toList());
		}
		assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(published);
		assertThat(LuceneArticleSearch.RESCORED).isLessThan(count);
	}

	@Test
	void snippetsShowTheMatchInTheArticlesOpeningOrElseItsLead() {
		String near = "sniprn" + System.nanoTime() % 1000;
		String far = "sniprf" + System.nanoTime() % 1000;
		PortalFixtures.published(articles, PortalFixtures.unique("Bài có đoạn mở đầu"),
				"<p>Hội nghị có " + near + " ngay câu đầu.</p><p>" + "Nội dung dài của bài viết. ".repeat(40) + far + "</p>");
		assertThat(search.search(near, 0).hits().get(0).snippetHtml()).contains("<mark>" + near + "</mark>");
		ArticleSearch.Hit deep = search.search(far, 0).hits().get(0);
		assertThat(deep.snippetHtml()).isNotBlank().doesNotContain("<mark>");
	}

	@Test
	void anArticlePublishedAfterASearchIsFoundByTheSameSearch() {
		String word = "newgen" + System.nanoTime() % 1000;
		assertThat(search.search(word, 0).total()).isZero();
		PortalFixtures.published(articles, "Tin mới có " + word, "<p>Nội dung.</p>");
		assertThat(search.search(word, 0).total()).isEqualTo(1);
	}

	@Test
	void pagesBeyondTheLastAreBoundedAndEmpty() {
		ArticleSearch.Results far = search.search("dan van", 1_000_000_000);
		assertThat(far.page()).isEqualTo(ArticleSearch.MAX_PAGES - 1);
		assertThat(far.hits()).isEmpty();
		assertThat(far.total()).isPositive();
		assertThat(search.search("và của là", 0).hits()).allSatisfy(h -> assertThat(h.slug()).isNotBlank());
	}

	@Test
	void aWordWithOneWrongLetterStillFindsTheArticleAndSaysSo() {
		String word = "truongsa" + System.nanoTime() % 1000;
		Article article = PortalFixtures.published(articles, "Tin về " + word, "<p>Nội dung.</p>");
		ArticleSearch.Results typo = search.search(word.replace("truong", "truonq"), 0);
		assertThat(typo.approximate()).isTrue();
		assertThat(typo.hits()).extracting(ArticleSearch.Hit::slug).contains(article.getSlug());
		assertThat(search.search(word, 0).approximate()).isFalse();
	}

	@Test
	void aTitleWithEveryWordRanksAboveABodyThatRepeatsThem() {
		String a = "ttla" + System.nanoTime() % 1000;
		String b = "ttlb" + System.nanoTime() % 1000;
		Article body = PortalFixtures.published(articles, PortalFixtures.unique("Bài nhắc nhiều lần"),
				"<p>" + (a + " và " + b + " ").repeat(20) + "</p>");
		Article title = PortalFixtures.published(articles, "Hội nghị " + a + " bàn về " + b + " ở cơ sở", "<p>Thân bài thường.</p>");
		assertThat(search.search(a + " " + b, 0).hits()).extracting(ArticleSearch.Hit::slug)
			.containsExactly(title.getSlug(), body.getSlug());
	}

	@Test
	void luceneSyntaxStopWordsAndHostilePagesGiveBoundedPages() {
		for (String q : new String[] { "title:*", "a~", "\"", "và của là", "!!! … ,,, ???", "dan van ".repeat(700) }) {
			ArticleSearch.Results results = search.search(q, 0);
			assertThat(results.page()).isZero();
			assertThat(results.hits()).hasSizeLessThanOrEqualTo(ArticleSearch.PAGE_SIZE);
		}
		// the syntax is not obeyed: "title:*" searches the word "title", not every title
		assertThat(search.search("title:*", 0).query()).isEqualTo("title");
		assertThat(search.search("dan van ".repeat(700), 0).query().split(" ")).hasSize(ArticleSearch.MAX_WORDS);
		assertThat(search.search("dan van", -1).page()).isZero();
		assertThat(search.search("dan van", 1_000_000_000).page()).isEqualTo(ArticleSearch.MAX_PAGES - 1);
	}

}
