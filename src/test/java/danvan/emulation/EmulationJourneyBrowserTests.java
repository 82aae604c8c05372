package danvan.emulation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import danvan.emulation.assessment.AssessmentService;
import danvan.emulation.assessment.ReviewService;
import danvan.emulation.demo.DemoActor;
import danvan.emulation.demo.EmulationDemoData;
import danvan.emulation.movement.Movement;
import danvan.emulation.scale.ScoringScale;
import danvan.test.BrowserTest;

/**
 * A unit officer self-assesses with evidence, a reviewer adjusts one criterion with a reason, the board
 * publishes, and the public results page shows the unit's new rank.
 */
class EmulationJourneyBrowserTests extends BrowserTest {

	@Autowired
	EmulationFixture fixture;

	@Autowired
	AssessmentService assessments;

	@Autowired
	ReviewService reviews;

	@Test
	void fromSelfAssessmentToThePublicResults() throws Exception {
		Movement m = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of("thamdinh"));
		competitorLongDinhWithTenPoints(m);
		Long binhDuc = fixture.unit("XA_BINH_DUC");
		String assessmentPage = "/emulation/movements/" + m.getId() + "/units/" + binhDuc + "/assessment";

		unitOfficerSelfAssessesWithEvidence(assessmentPage);
		reviewerAdjustsOneCriterionWithAReason(assessmentPage);
		boardPublishes(m);
		thePublicPageShowsTheNewRank(m);
	}

	@Test
	void theBoardSeesTheDemoMovementsChartsAndScaleRevision() {
		Movement m2026 = fixture.movements.all().stream().filter(m -> m.getName().equals(EmulationDemoData.MOVEMENT_2026))
			.findFirst().orElseThrow();
		Page page = newPage();
		signIn(page, "bandanvan", "Danvan@2026");
		page.navigate(url("/emulation/movements"));
		assertThat(page.locator("table")).containsText("90 năm Ngày truyền thống");
		screenshot(page, "emulation-5-movements");
		page.navigate(url("/emulation/movements/" + m2026.getId()));
		assertThat(page.locator("h1")).containsText("Dân vận khéo");
		screenshot(page, "emulation-6-movement-2026");
		page.navigate(url("/emulation/movements/" + m2026.getId() + "/dashboard"));
		assertThat(page.locator("h1")).containsText("Tình hình thực hiện");
		screenshot(page, "emulation-7-dashboard");
		Long scaleId = fixture.movements.all().stream().filter(m -> m.getName().equals(EmulationDemoData.MOVEMENT_90))
			.findFirst().orElseThrow().getScaleId();
		page.navigate(url("/emulation/scales/" + scaleId + "/diff?other=" + (scaleId - 1)));
		assertThat(page.locator("section")).containsText("IV.3");
		screenshot(page, "emulation-8-scale-diff");
	}

	@Test
	void theBoardImportsAConsolidatedSheetThroughAPreview() throws Exception {
		Movement m = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of("thamdinh"));
		Path xlsx = Files.createTempFile("tong-hop", ".xlsx");
		Files.write(xlsx, EmulationScoreImportTests.sheet(Map.of("I.1", "10", "I.2", "7.5"), Map.of("I.1", "8", "I.2", "6")));
		Page page = newPage();
		signIn(page, "bandanvan", "Danvan@2026");
		page.navigate(url("/emulation/movements/" + m.getId() + "/score-imports"));
		page.getByLabel("Tệp Excel").setInputFiles(xlsx);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đọc và kiểm tra")).click();
		assertThat(page.locator("#import-preview .alert-success")).containsText("Đọc được 2 dòng hợp lệ; 0 lỗi");
		assertThat(page.locator("#import-preview table")).containsText("17,50");
		screenshot(page, "emulation-9-import-preview");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu toàn bộ")).click();
		assertThat(page.locator(".alert-success").first()).containsText("Đã lưu điểm của 2 đơn vị");
		Long binhDuc = fixture.unit("XA_BINH_DUC");
		org.assertj.core.api.Assertions.assertThat(assessments.open(fixture.admin(), m.getId(), binhDuc).pointsOn(fixture.revisedScale().item("I.2").getId()))
			.isEqualByComparingTo("7.5");
	}

	private void unitOfficerSelfAssessesWithEvidence(String assessmentPage) throws Exception {
		Page page = newPage();
		signIn(page, "binhduc", "Danvan@2026");
		page.navigate(url(assessmentPage));
		page.getByLabel("Điểm tự chấm tiêu chí II.1").fill("15");
		page.getByLabel("Diễn giải tiêu chí II.1").fill("Tổ chức 2 cuộc đối thoại với Nhân dân, có biên bản.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu nháp")).click();
		assertThat(page.locator(".alert-success")).containsText("Đã lưu bản nháp");
		Path pdf = Files.createTempFile("bien-ban-doi-thoai", ".pdf");
		Files.writeString(pdf, "%PDF-1.4\n% biên bản đối thoại\n%%EOF\n");
		page.getByLabel("Cho tiêu chí").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(
				"II.1 — Đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân"));
		page.getByLabel("Tệp minh chứng").setInputFiles(pdf);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tải lên")).click();
		assertThat(page.locator(".alert-success")).containsText("Đã tải lên minh chứng");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp hồ sơ tự chấm")).click();
		assertThat(page.locator(".alert-success")).containsText("Đã nộp hồ sơ tự chấm");
		assertThat(page.locator("#assessment-total")).hasText("15,00");
		screenshot(page, "emulation-1-self-assessment-submitted");
	}

	private void reviewerAdjustsOneCriterionWithAReason(String assessmentPage) {
		Page page = newPage();
		signIn(page, "thamdinh", "Danvan@2026");
		page.navigate(url(assessmentPage));
		page.locator("#adjust-item").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(
				"II.1 — Đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Điều chỉnh điểm")).click();
		assertThat(page.locator("#adjust-reason")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
		page.locator("#adjust-points").fill("7,5");
		page.locator("#adjust-reason").fill("Chỉ có 1 biên bản đối thoại có chữ ký đại diện Nhân dân.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Điều chỉnh điểm")).click();
		assertThat(page.locator(".alert-success")).containsText("Đã điều chỉnh điểm");
		assertThat(page.locator("#score-history")).containsText("Chỉ có 1 biên bản đối thoại");
		assertThat(page.locator("#assessment-total")).hasText("7,50");
		screenshot(page, "emulation-2-reviewer-adjusted");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Duyệt (bước cuối)")).click();
		assertThat(page.locator(".alert-success")).containsText("Đã duyệt hồ sơ");
	}

	private void boardPublishes(Movement m) {
		Page page = newPage();
		signIn(page, "bandanvan", "Danvan@2026");
		page.navigate(url("/emulation/movements/" + m.getId()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chuyển sang: Thẩm định")).click();
		assertThat(page.locator(".alert-success")).containsText("Thẩm định");
		page.navigate(url("/emulation/movements/" + m.getId() + "/results"));
		page.locator("#publish-results").click();
		assertThat(page.locator(".alert-success").first()).containsText("Đã công bố kết quả");
		screenshot(page, "emulation-3-results-published");
	}

	private void thePublicPageShowsTheNewRank(Movement m) {
		Page page = newPage();
		Response response = page.navigate(url("/thi-dua/" + m.getId() + "/ket-qua"));
		Assertions.assertThat(response.headerValue("content-encoding")).as("sent compressed").isEqualTo("gzip");
		Locator row = page.locator("tr[data-unit='Đảng ủy xã Bình Đức']");
		assertThat(row.locator("td").first()).hasText("2");
		assertThat(row).containsText("7,50");
		assertThat(page.locator("tr[data-unit='Đảng ủy xã Long Định'] td").first()).hasText("1");
		screenshot(page, "emulation-4-public-results");
		page.getByPlaceholder("Tìm đơn vị (gõ không dấu cũng được)").fill("binh duc");
		assertThat(row).isVisible();
		assertThat(page.locator("tr[data-unit='Đảng ủy xã Long Định']")).isHidden();
		assertThat(page.locator("[data-count]")).hasText("Hiện 1/" + page.locator("tr[data-unit]").count() + " đơn vị");
	}

	private void competitorLongDinhWithTenPoints(Movement m) {
		Long unit = fixture.unit("XA_LONG_DINH");
		DemoActor officer = fixture.officer("XA_LONG_DINH");
		ScoringScale scale = fixture.revisedScale();
		assessments.saveSelf(officer, m.getId(), unit, assessments.open(officer, m.getId(), unit).getVersion(),
				Map.of(scale.item("I.2").getId(), new BigDecimal("8"), scale.item("I.3").getId(), new BigDecimal("2")), Map.of());
		assessments.submit(officer, m.getId(), unit, assessments.open(officer, m.getId(), unit).getVersion());
		reviews.approve(fixture.reviewer("thamdinh"), m.getId(), unit,
				assessments.open(fixture.admin(), m.getId(), unit).getVersion(), 1, null);
	}

}
