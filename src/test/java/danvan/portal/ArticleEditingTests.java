package danvan.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import danvan.platform.web.StaleRecordException;
import danvan.test.DanvanSpringTest;

/** Editors: sanitised rich text, the workflow, scheduled publishing, revisions, images. */
@DanvanSpringTest
class ArticleEditingTests {

	private static final org.springframework.test.web.servlet.request.RequestPostProcessor EDITOR = httpBasic("bientap",
			"Danvan@2026");

	@Autowired
	MockMvc mvc;

	@Autowired
	ArticleService articles;

	@Test
	void theFormSanitisesTheBodyAndPublishes() throws Exception {
		String title = PortalFixtures.unique("Hội nghị sơ kết công tác dân vận");
		String location = mvc.perform(post("/portal/articles/new").with(EDITOR)
			.param("title", title)
			.param("lead", "Tóm tắt <b>in đậm</b>")
			.param("body", "<p onclick=\"x()\">Đoạn <strong>một</strong><script>alert(1)</script></p>"
					+ "<figure class=\"image\"><img src=\"/anh/1/hien-thi\"><figcaption>Ảnh: Đại biểu</figcaption></figure>"
					+ "<iframe src=\"https://evil.example\"></iframe><a href=\"javascript:alert(1)\">liên kết</a>")
			.param("category", "DAN_VAN_KHEO")
			.param("authorName", "Thanh Tâm")
			.param("publishedAt", "")
			.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		Article article = PortalFixtures.asEditor(() -> articles.get(id));
		assertThat(article.getSlug()).startsWith("hoi-nghi-so-ket-cong-tac-dan-van-");
		assertThat(article.getBody()).contains("<strong>một</strong>")
			.contains("alt=\"Ảnh: Đại biểu\"")
			.doesNotContain("script")
			.doesNotContain("onclick")
			.doesNotContain("iframe")
			.doesNotContain("javascript:");
		assertThat(article.getLead()).isEqualTo("Tóm tắt in đậm");
		assertThat(article.getCoverImageId()).isEqualTo(1L);
		mvc.perform(get("/tin-tuc/{slug}", article.getSlug())).andExpect(status().isNotFound());

		mvc.perform(post("/portal/articles/{id}", id).with(EDITOR)
			.param("action", "publish")
			.param("title", title)
			.param("lead", "Tóm tắt")
			.param("body", article.getBody())
			.param("category", "DAN_VAN_KHEO")
			.param("authorName", "Thanh Tâm")
			.param("version", String.valueOf(article.getVersion()))).andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/tin-tuc/{slug}", article.getSlug()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).as("today's publisher, from the site identity")
			.contains("Đơn vị đăng")
			.contains("<span class=\"pt-publisher\">Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp</span>");
		mvc.perform(get("/portal/articles").with(EDITOR)).andExpect(status().isOk());
		mvc.perform(get("/portal/articles/{id}", id).with(EDITOR)).andExpect(status().isOk());
		mvc.perform(get("/portal/articles").with(httpBasic("kiemduyet", "Danvan@2026"))).andExpect(status().isForbidden());
	}

	@Test
	void invalidFormsAreShownAgainWithMessages() throws Exception {
		String html = mvc.perform(post("/portal/articles/new").with(EDITOR)
			.param("title", "")
			.param("body", "<script>only</script>")
			.param("category", "NOT_A_CATEGORY")
			.param("authorName", "<b>x</b>")
			.param("publishedAt", "hôm qua")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Không được để trống").contains("is-invalid");
	}

	@Test
	void workflowRevisionsCompareAndRestore() throws Exception {
		Article article = PortalFixtures.published(articles, PortalFixtures.unique("Bài có phiên bản"),
				"<p>Đoạn đầu tiên.</p><p>Đoạn thứ hai.</p>");
		Article edited = PortalFixtures.asEditor(() -> articles.update(article.getId(), article.getVersion(),
				PortalFixtures.draft(article.getTitle(), "<p>Đoạn đầu tiên.</p><p>Đoạn thứ hai đã sửa.</p>", null)));
		assertThatThrownBy(() -> PortalFixtures.asEditor(() -> articles.update(article.getId(), article.getVersion(),
				PortalFixtures.draft(article.getTitle(), "<p>Cũ</p>", null)))).isInstanceOf(StaleRecordException.class);
		int before = article.getRevision();
		String compare = mvc.perform(get("/portal/articles/{id}/revisions/compare", article.getId())
			.param("from", String.valueOf(before)).param("to", String.valueOf(edited.getRevision()))
			.with(EDITOR))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(compare).contains("Đoạn thứ hai đã sửa.").contains("text-decoration-line-through");
		mvc.perform(get("/portal/articles/{id}/revisions", article.getId()).with(EDITOR))
			.andExpect(status().isOk());
		mvc.perform(post("/portal/articles/{id}/revisions/{r}/restore", article.getId(), before)
			.param("version", String.valueOf(edited.getVersion()))
			.with(EDITOR)).andExpect(status().is3xxRedirection());
		Article restored = PortalFixtures.asEditor(() -> articles.get(article.getId()));
		assertThat(restored.getBody()).contains("Đoạn thứ hai.").doesNotContain("đã sửa");
		assertThat(restored.getRevision()).isGreaterThan(edited.getRevision());
		assertThat(PortalFixtures.asEditor(() -> articles.revisions(article.getId()))).hasSizeGreaterThanOrEqualTo(4);

		Article withdrawn = PortalFixtures.asEditor(() -> articles.unpublish(article.getId(), restored.getVersion()));
		mvc.perform(get("/tin-tuc/{slug}", article.getSlug())).andExpect(status().isNotFound());
		assertThatThrownBy(() -> PortalFixtures.asEditor(() -> articles.unpublish(article.getId(), withdrawn.getVersion())))
			.hasMessageContaining("portal.article.notPublished");
	}

	@Test
	void scheduledArticlesAppearAtTheirTime() throws Exception {
		Article scheduled = PortalFixtures.asEditor(() -> {
			Article a = articles.create(PortalFixtures.draft(PortalFixtures.unique("Bài hẹn giờ"), "<p>x</p>",
					Instant.now().plus(Duration.ofDays(2))));
			return articles.publish(a.getId(), a.getVersion());
		});
		assertThat(scheduled.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(scheduled.isScheduled(Instant.now())).isTrue();
		assertThat(scheduled.isVisibleAt(Instant.now().plus(Duration.ofDays(3)))).isTrue();
		mvc.perform(get("/tin-tuc/{slug}", scheduled.getSlug())).andExpect(status().isNotFound());
	}

	@Test
	void uploadedImagesAreResizedAndLoseTheirExif() throws Exception {
		byte[] photo = jpegWithExif(2400, 1600);
		String json = mvc.perform(multipart("/portal/images").file(new MockMultipartFile("file", "hoi-nghi.jpg", "image/jpeg", photo))
			.with(EDITOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.location").value(org.hamcrest.Matchers.matchesPattern("/anh/\\d+/hien-thi")))
			.andReturn().getResponse().getContentAsString();
		String location = json.replaceAll(".*\"location\":\"([^\"]+)\".*", "$1");
		byte[] display = mvc.perform(get(location)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		BufferedImage shown = ImageIO.read(new java.io.ByteArrayInputStream(display));
		assertThat(shown.getWidth()).isEqualTo(PortalImages.DISPLAY_WIDTH);
		assertThat(new String(display, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("DanvanCam");
		byte[] thumb = mvc.perform(get(location.replace("hien-thi", "thu-nho"))).andReturn().getResponse().getContentAsByteArray();
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(thumb)).getWidth()).isEqualTo(PortalImages.THUMB_WIDTH);

		mvc.perform(multipart("/portal/images").file(new MockMultipartFile("file", "virus.jpg", "image/jpeg", "MZ not an image".getBytes()))
			.with(EDITOR))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.error").isNotEmpty());
		mvc.perform(multipart("/portal/images").file(new MockMultipartFile("file", "lon.jpg", "image/jpeg", new byte[11 * 1024 * 1024]))
			.with(EDITOR))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("10 MB")));
		mvc.perform(multipart("/portal/images").file(new MockMultipartFile("file", "a.jpg", "image/jpeg", photo)).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	/** A JPEG with an APP1 "Exif" segment naming a camera, as phones write them. */
	private static byte[] jpegWithExif(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", plain);
		byte[] jpeg = plain.toByteArray();
		byte[] payload = "Exif\0\0DanvanCam GPS 10.35N 106.36E".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xE1);
		int length = payload.length + 2;
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.write(payload);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

}
