package danvan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import danvan.org.OrgDirectory;
import danvan.platform.figures.FigureQuery;
import danvan.platform.figures.Figures;
import danvan.platform.security.Actor;
import danvan.reporting.report.Report;
import danvan.reporting.report.ReportKind;
import danvan.reporting.report.ReportSection;
import danvan.reporting.report.ReportService;
import danvan.test.DanvanSpringTest;

/** The report kinds beside the periodic review are data too, and compile from the same records. */
@DanvanSpringTest
class ReportKindsTests {

	@Autowired
	ReportService reports;

	@Autowired
	Figures figures;

	@Autowired
	OrgDirectory org;

	@Autowired
	UserDetailsService users;

	@Test
	void theFiveKindsAreOfferedThePeriodicReviewFirst() {
		assertThat(reports.kinds()).extracting(ReportKind::getCode)
			.containsExactly("PERIODIC", "EMULATION", "EXEMPLAR_STAGE", "RECEPTION", "FLASH");
	}

	@Test
	void theReceptionReportOfQ3Of2020CountsTheDistrictsReceptionDaysAndDialogues() {
		Long district = org.unitByCode("HU_CHAU_THANH").orElseThrow().id();
		Report report = reports.create(actor("bandanvan"), new ReportService.NewReport("RECEPTION", district, null,
				LocalDate.of(2020, 1, 1), LocalDate.of(2020, 9, 30), "9 tháng đầu năm 2020 (thử)"));
		var counted = figures.figures(new FigureQuery(district, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 9, 30)));
		for (String code : List.of("dialogue.reception.held", "dialogue.dialogues.comprehensive", "dialogue.opinions.raised")) {
			assertThat(report.getFigures()).filteredOn(f -> f.getCode().equals(code)).singleElement()
				.satisfies(f -> assertThat(f.value()).isEqualByComparingTo(
						counted.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().value()));
		}
		assertThat(report.getTitle()).isEqualTo("Báo cáo kết quả tiếp công dân, đối thoại trực tiếp với Nhân dân 9 tháng đầu năm 2020 (thử)");
	}

	@Test
	void aFlashReportHasItsOwnOutlineAndCollectsRecommendationsInItsLastSection() {
		Long kimSon = org.unitByCode("DUX_KIM_SON").orElseThrow().id();
		Report report = reports.create(actor("binhduc"), new ReportService.NewReport("FLASH", kimSon, null,
				LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20), "vụ việc ngày 20/11/2026"));
		assertThat(report.getSections()).extracting(ReportSection::getHeading)
			.containsExactly("I. Diễn biến sự việc", "II. Công tác nắm tình hình, vận động quần chúng đã triển khai",
					"III. Nhận xét sơ bộ", "IV. Kiến nghị, đề xuất");
		assertThat(report.getSections()).filteredOn(ReportSection::isCollectsRecommendations)
			.extracting(ReportSection::getSortOrder)
			.containsExactly(4);
		assertThat(report.getFigures()).isEmpty();
	}

	private Actor actor(String username) {
		return (Actor) users.loadUserByUsername(username);
	}

}
