package danvan.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import danvan.platform.site.SiteIdentities;
import danvan.test.DanvanSpringTest;

/**
 * The administrator's settings page: a change shows on the portal at once and is in the audit trail; bad input
 * is refused next to its field with nothing changed. Every test puts the demo identity back.
 */
@DanvanSpringTest
class SiteSettingsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SiteIdentities site;

	@Autowired
	SiteProfileRepository profiles;

	private SiteProfile demo;

	@BeforeEach
	void rememberTheDemoIdentity() {
		demo = profiles.findById(SiteProfile.ID).orElseThrow();
	}

	@AfterEach
	void putTheDemoIdentityBack() throws Exception {
		long version = profiles.findById(SiteProfile.ID).orElseThrow().getVersion();
		if (version != demo.getVersion()) {
			mvc.perform(form(Map.of("portalName", "", "parentLine", demo.getParentLine(), "address", demo.getAddress(),
					"phone", demo.getPhone(), "email", demo.getEmail(), "publicUrl", "", "printPlace",
					demo.getPrintPlace(), "removeLogo", "true"), version, null))
				.andExpect(redirectedUrl("/admin/site"));
		}
	}

	@Test
	void theAdministratorRenamesThePortalAndEveryPublicPageFollowsWithTheChangeAudited() throws Exception {
		mvc.perform(get("/admin/site").with(httpBasic("admin", "Danvan@2026")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thông tin đơn vị sử dụng")))
			.andExpect(content().string(containsString("Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp")));
		String oldTag = mvc.perform(get("/")).andReturn().getResponse().getHeader("ETag");

		mvc.perform(form(Map.of("portalName", "Cổng thông tin Dân vận Thử nghiệm", "parentLine", "Đảng bộ Thử nghiệm",
				"address", "Số 1, đường Thử", "phone", "0277 3851 234", "email", "bandanvan@thu.example.vn", "publicUrl",
				"https://dv.thu.example.vn/", "printPlace", "Thử Nghiệm"), demo.getVersion(), null))
			.andExpect(redirectedUrl("/admin/site"));

		assertThat(site.current().displayName()).isEqualTo("Cổng thông tin Dân vận Thử nghiệm");
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", not(oldTag)))
			.andExpect(content().string(containsString("Cổng thông tin Dân vận Thử nghiệm")))
			.andExpect(content().string(containsString("Đảng bộ Thử nghiệm")))
			.andExpect(content().string(containsString("Số 1, đường Thử")))
			.andExpect(content().string(containsString("Điện thoại: 0277 3851 234")))
			.andExpect(content().string(containsString("<meta property=\"og:url\" content=\"https://dv.thu.example.vn/\">")));
		mvc.perform(get("/chuyen-muc/tin-hoat-dong/rss"))
			.andExpect(content().string(containsString("<link>https://dv.thu.example.vn/chuyen-muc/tin-hoat-dong</link>")))
			.andExpect(content().string(containsString("Tin hoạt động — Cổng thông tin Dân vận Thử nghiệm")));
		mvc.perform(get("/sitemap.xml")).andExpect(content().string(containsString("<loc>https://dv.thu.example.vn/</loc>")));

		String after = jdbc.queryForObject("select after_state from platform_audit_entry where entity_type = 'SiteIdentity'"
				+ " and action = 'UPDATE' order by id desc limit 1", String.class);
		assertThat(after).contains("Cổng thông tin Dân vận Thử nghiệm").contains("https://dv.thu.example.vn/");
		mvc.perform(get("/admin/audit").param("entity", "SiteIdentity").with(httpBasic("admin", "Danvan@2026")))
			.andExpect(content().string(containsString("Cổng thông tin Dân vận Thử nghiệm")));
	}

	@Test
	void thePrintedResultsTakeTheirPlaceFromTheIdentity() throws Exception {
		Long movement = jdbc.queryForObject("select id from emulation_movement where name like ?", Long.class,
				"Thi đua chào mừng kỷ niệm 90 năm%");
		mvc.perform(form(Map.of("printPlace", "Thử Nghiệm"), demo.getVersion(), null)).andExpect(redirectedUrl("/admin/site"));
		byte[] pdf = mvc.perform(get("/emulation/movements/{id}/results", movement).param("format", "pdf")
			.with(httpBasic("bandanvan", "Danvan@2026")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
			assertThat(text).contains("Thử Nghiệm, ngày").doesNotContain("Châu Thành, ngày");
		}
	}

	@Test
	void aLogoIsResizedToAPngAndServedFromTheSite() throws Exception {
		mvc.perform(form(Map.of(), demo.getVersion(), new MockMultipartFile("logo", "huy-hieu.jpg", "image/jpeg", jpeg(1200, 900))))
			.andExpect(redirectedUrl("/admin/site"));
		String path = site.current().logoPath();
		assertThat(path).startsWith("/site/logo/");
		MvcResult logo = mvc.perform(get(path)).andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png")).andReturn();
		BufferedImage served = ImageIO.read(new ByteArrayInputStream(logo.getResponse().getContentAsByteArray()));
		assertThat(served.getHeight()).isEqualTo(160);
		assertThat(served.getWidth()).isEqualTo(213);
		mvc.perform(get("/")).andExpect(content().string(containsString("src=\"" + path + "\"")));
		mvc.perform(get("/site/logo/" + (Long.parseLong(path.substring(11)) - 1))).andExpect(status().isNotFound());
	}

	@Test
	void badInputIsRefusedNextToItsFieldInVietnameseAndNothingChanges() throws Exception {
		long version = demo.getVersion();
		int audited = auditedUpdates();
		refused(Map.of("publicUrl", "ftp://bandanvan.example.vn"), null, "Địa chỉ phải bắt đầu bằng http:// hoặc https://");
		refused(Map.of("publicUrl", "javascript:alert(1)"), null, "Địa chỉ phải bắt đầu bằng http:// hoặc https://");
		refused(Map.of("phone", "gọi tôi nhé"), null, "Số điện thoại không hợp lệ");
		refused(Map.of("email", "bandanvan@"), null, "Địa chỉ thư điện tử không hợp lệ");
		refused(Map.of(), new MockMultipartFile("logo", "logo.png", "image/png", "không phải ảnh".getBytes()),
				"Tệp này không phải là ảnh");
		refused(Map.of(), new MockMultipartFile("logo", "logo.png", "image/png", png20Megabytes()), "Tệp quá lớn: tối đa 2 MB");

		String code = "BDV_GIAI_THE_" + (System.nanoTime() % 100_000);
		jdbc.update("insert into org_unit (code, name, search_name, kind_id, level_id, path, active)"
				+ " values (?, 'Ban Dân vận đã giải thể', 'ban dan van da giai the',"
				+ " (select id from org_unit_kind where code = 'BAN_DAN_VAN'), (select id from org_level where code = 'XA'),"
				+ " '/0/', false)", code);
		Long ended = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
		refused(Map.of("ownerUnitId", ended.toString()), null,
				"Đơn vị &quot;Ban Dân vận đã giải thể&quot; đã ngừng hoạt động");

		assertThat(profiles.findById(SiteProfile.ID).orElseThrow().getVersion()).isEqualTo(version);
		assertThat(site.current().logoPath()).isNull();
		assertThat(auditedUpdates()).isEqualTo(audited);
	}

	@Test
	void aStaleSaveIsRefusedWithAConflict() throws Exception {
		mvc.perform(form(Map.of("portalName", "Lần một"), demo.getVersion(), null)).andExpect(redirectedUrl("/admin/site"));
		mvc.perform(form(Map.of("portalName", "Lần hai"), demo.getVersion(), null))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("đã được người khác thay đổi")));
		assertThat(site.current().displayName()).isEqualTo("Lần một");
	}

	@Test
	void onlyTheAdministratorOpensTheSettings() throws Exception {
		mvc.perform(get("/admin/site").with(httpBasic("bandanvan", "Danvan@2026"))).andExpect(status().isForbidden());
	}

	private int auditedUpdates() {
		return jdbc.queryForObject("select count(*) from platform_audit_entry where entity_type = 'SiteIdentity'"
				+ " and action = 'UPDATE'", Integer.class);
	}

	private void refused(Map<String, String> fields, MockMultipartFile logo, String message) throws Exception {
		mvc.perform(form(fields, demo.getVersion(), logo))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("invalid-feedback")))
			.andExpect(content().string(containsString(message)));
	}

	/** The settings form as the page posts it: the demo's values, with {@code changes} over them. */
	private MockMultipartHttpServletRequestBuilder form(Map<String, String> changes, long version, MockMultipartFile logo) {
		MockMultipartHttpServletRequestBuilder request = multipart("/admin/site");
		if (logo != null) {
			request.file(logo);
		}
		Map<String, String> values = new java.util.HashMap<>();
		values.put("ownerUnitId", demo.getOwnerUnitId().toString());
		values.put("parentLine", demo.getParentLine());
		values.put("address", demo.getAddress());
		values.put("phone", demo.getPhone());
		values.put("email", demo.getEmail());
		values.put("printPlace", demo.getPrintPlace());
		values.put("defaultLanguage", "vi");
		values.putAll(changes);
		values.forEach((name, value) -> request.param(name, value == null ? "" : value));
		request.param("version", String.valueOf(version));
		request.with(httpBasic("admin", "Danvan@2026")).with(csrf());
		return request;
	}

	private static byte[] jpeg(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.RED);
		g.fillOval(0, 0, width, height);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

	/** A PNG signature followed by 20 MB: an image by its first bytes, far over the logo's limit. */
	private static byte[] png20Megabytes() {
		byte[] content = new byte[20_000_000];
		System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }, 0, content, 0, 8);
		return content;
	}

}
