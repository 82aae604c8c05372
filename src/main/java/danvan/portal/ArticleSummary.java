package danvan.portal;

import java.time.Instant;

/** An article as lists show it. {@code date} is dd/MM/yyyy in Vietnam's time zone. */
public record ArticleSummary(Long id, String slug, String title, String lead, Category category, Instant publishedAt,
		String date, Long coverImageId, long views) {

	static ArticleSummary of(Article a) {
		return new ArticleSummary(a.getId(), a.getSlug(), a.getTitle(), a.getLead(), a.getCategory(),
				a.getPublishedAt(), PortalDates.date(a.getPublishedAt()), a.getCoverImageId(), a.getStoredViews());
	}

	public String url() {
		return "/tin-tuc/" + slug;
	}

	public String thumbUrl() {
		return coverImageId == null ? null : "/anh/" + coverImageId + "/thu-nho";
	}

}
