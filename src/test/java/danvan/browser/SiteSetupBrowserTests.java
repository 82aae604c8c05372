package danvan.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import danvan.platform.files.FileKind;
import danvan.test.BrowserTest;

/**
 * A new production install: the portal says only that it is being set up; the administrator's first sign-in
 * lands on the setup page, a wrong e-mail is refused next to its field, and once saved the portal carries the
 * board's own name and logo.
 */
@TestPropertySource(properties = { "danvan.mode=production", "danvan.admin-password=Quantri2026",
		"spring.datasource.url=jdbc:h2:mem:setup-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa" })
class SiteSetupBrowserTests extends BrowserTest {

	private static final String BODY = "Ban Tuyên giáo và Dân vận Tỉnh ủy Mẫu Thử";

	@Test
	void theAdministratorSetsUpTheSiteOnFirstSignInAndThePortalOpens() throws Exception {
		Page page = newPage();
		page.navigate(url("/"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Trang đang được thiết lập")))
			.isVisible();
		screenshot(page, "setup-1-portal-before");

		signIn(page, "admin", "Quantri2026");
		assertThat(page).hasURL(Pattern.compile(".*/admin/setup$"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thiết lập ban đầu"))).isVisible();
		screenshot(page, "setup-2-page");

		page.getByLabel("Tên đơn vị", new Page.GetByLabelOptions().setExact(true)).fill(BODY);
		page.getByLabel("Mã đơn vị").fill("BTGDV_MAU_THU");
		page.getByLabel("Loại đơn vị").selectOption(new SelectOption().setLabel("Ban Dân vận"));
		page.getByLabel("Cấp", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Cấp tỉnh"));
		page.getByLabel("Dòng cơ quan cấp trên").fill("Đảng bộ tỉnh Mẫu Thử");
		page.getByLabel("Địa chỉ", new Page.GetByLabelOptions().setExact(true)).fill("Số 10, đường Thử Nghiệm, phường Một");
		page.getByLabel("Điện thoại").fill("0277 3851 234");
		page.getByLabel("Thư điện tử").fill("btgdv@");
		page.getByLabel("Địa danh ghi trên văn bản in").fill("Mẫu Thử");
		page.getByLabel("Biểu trưng (logo)").setInputFiles(new FilePayload("huy-hieu.png", "image/png", logo()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu và mở cổng thông tin")).click();
		assertThat(page.locator("#email-error")).containsText("Địa chỉ thư điện tử không hợp lệ");
		assertThat(page.getByLabel("Tên đơn vị", new Page.GetByLabelOptions().setExact(true))).hasValue(BODY);
		screenshot(page, "setup-3-error");

		page.getByLabel("Thư điện tử").fill("btgdv@mauthu.example.vn");
		page.getByLabel("Biểu trưng (logo)").setInputFiles(new FilePayload("huy-hieu.png", "image/png", logo()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu và mở cổng thông tin")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã thiết lập xong");
		assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));

		page.navigate(url("/"));
		assertThat(page.locator(".pt-brand-name")).hasText(BODY);
		assertThat(page.locator(".pt-brand-top")).hasText("Đảng bộ tỉnh Mẫu Thử");
		assertThat(page.locator("footer")).containsText("Số 10, đường Thử Nghiệm, phường Một");
		assertThat(page.locator(".pt-brand img")).isVisible();
		assertThat(page).hasTitle(BODY + " — Đảng bộ tỉnh Mẫu Thử");
		screenshot(page, "setup-4-portal-after");

		page.navigate(url("/admin/site"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thông tin đơn vị sử dụng")))
			.isVisible();
		screenshot(page, "setup-5-settings");

		page.navigate(url("/org/units/import"));
		page.getByLabel("Tệp Excel").setInputFiles(new FilePayload("don-vi.xlsx", FileKind.XLSX.contentType(),
				list(new String[] { "DU_XA_MOT", "Đảng ủy xã Một", "CAP_UY", "Cấp xã", "BTGDV_MAU_THU" },
						new String[] { "KDV_XA_MOT", "Khối Dân vận xã Một", "KHOI_DAN_VAN", "Cấp huyện xưa", "DU_XA_MOT" })));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đọc và kiểm tra")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Tệp có 1 lỗi");
		screenshot(page, "setup-6-import-errors");

		page.getByLabel("Tệp Excel").setInputFiles(new FilePayload("don-vi.xlsx", FileKind.XLSX.contentType(),
				list(new String[] { "KDV_XA_MOT", "Khối Dân vận xã Một", "KHOI_DAN_VAN", "Cấp xã", "DU_XA_MOT" },
						new String[] { "DU_XA_MOT", "Đảng ủy xã Một", "CAP_UY", "Cấp xã", "BTGDV_MAU_THU" })));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đọc và kiểm tra")).click();
		screenshot(page, "setup-7-import-ready");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhập 2 đơn vị")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã nhập 2 đơn vị");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Khối Dân vận xã Một"))).isVisible();
		screenshot(page, "setup-8-tree");
	}

	private static byte[] list(String[]... rows) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Đơn vị");
			sheet.createRow(0).createCell(0).setCellValue("Mã đơn vị");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	/** A round red seal on a transparent background, as a board's logo might be. */
	private static byte[] logo() throws Exception {
		BufferedImage image = new BufferedImage(600, 600, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xC6, 0x28, 0x28));
		g.fillOval(20, 20, 560, 560);
		g.setColor(new Color(0xFF, 0xD5, 0x4F));
		g.fillOval(200, 200, 200, 200);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
