package danvan.emulation;

import static danvan.emulation.EmulationWeb.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import danvan.emulation.assessment.AssessmentService;
import danvan.emulation.assessment.ReviewService;
import danvan.emulation.demo.DemoActor;
import danvan.emulation.demo.EmulationDemoData;
import danvan.emulation.movement.Movement;
import danvan.emulation.movement.MovementStatus;
import danvan.emulation.results.ResultService;
import danvan.emulation.results.Standings;
import danvan.emulation.scale.ScaleItem;
import danvan.platform.web.RuleViolationException;
import danvan.test.DanvanSpringTest;

@DanvanSpringTest
class EmulationResultTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EmulationFixture fixture;

	@Autowired
	AssessmentService assessments;

	@Autowired
	ReviewService reviews;

	@Autowired
	ResultService results;

	@Test
	void publishingFreezesTheResultsAndACorrectionIsANewRevision() throws Exception {
		Movement m = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of("thamdinh"));
		ScaleItem i1 = fixture.revisedScale().item("I.1");
		score("XA_BINH_DUC", m, Map.of(fixture.revisedScale().item("I.2").getId(), new BigDecimal("8")));
		score("XA_LONG_DINH", m, Map.of(fixture.revisedScale().item("I.2").getId(), new BigDecimal("6")));
		mvc.perform(get("/api/emulation/movements/{id}/results", m.getId()).with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].unitName").value("Đảng ủy xã Bình Đức"))
			.andExpect(jsonPath("$[0].rank").value(1))
			.andExpect(jsonPath("$[0].clusterRank").value(1))
			.andExpect(jsonPath("$[0].cluster").value("Cụm 1"))
			.andExpect(jsonPath("$[0].total").value(8.0))
			.andExpect(jsonPath("$[0].classification").value("Yếu"))
			.andExpect(jsonPath("$[0].provisional").value(true));
		mvc.perform(get("/api/emulation/movements/{id}/results", m.getId()).with(as(users, "longdinh")))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].unitName").value("Đảng ủy xã Long Định"));
		mvc.perform(get("/emulation/movements/{id}/results", m.getId()).with(as(users, "longdinh")))
			.andExpect(content().string(not(containsString("Đảng ủy xã Bình Đức"))));
		mvc.perform(get("/emulation/movements/{id}/dashboard", m.getId()).with(as(users, "longdinh")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/thi-dua/{id}/ket-qua", m.getId())).andExpect(status().isNotFound());

		DemoActor board = fixture.admin();
		advanceToReview(m);
		approve(m, "XA_BINH_DUC");
		assertThatThrownBy(() -> results.publish(board, m.getId(), null)).isInstanceOf(RuleViolationException.class)
			.hasMessage("emulation.result.notAllApproved");
		approve(m, "XA_LONG_DINH");
		results.publish(board, m.getId(), null);
		assertThat(fixture.movements.get(m.getId()).getStatus()).isEqualTo(MovementStatus.PUBLISHED);
		assertThat(publicTableOrder(m.getId())).containsExactly("Đảng ủy xã Bình Đức", "Đảng ủy xã Long Định");

		Long longDinh = fixture.unit("XA_LONG_DINH");
		results.correct(board, m.getId(), longDinh, i1.getId(), new BigDecimal("5"), "Bổ sung kế hoạch bị sót");
		assertThat(results.results(m.getId()).rows().get(0).unitName()).isEqualTo("Đảng ủy xã Bình Đức");
		assertThatThrownBy(() -> results.publish(board, m.getId(), "")).hasMessage("emulation.result.noteRequired");
		results.publish(board, m.getId(), "Đính chính tiêu chí I.1 của xã Long Định");
		List<ResultService.Difference> changes = results.changes(m.getId(), 2);
		assertThat(changes).extracting(ResultService.Difference::unitName)
			.containsExactlyInAnyOrder("Đảng ủy xã Long Định", "Đảng ủy xã Bình Đức");

		mvc.perform(get("/api/emulation/movements/{id}/results", m.getId()).with(as(users, "longdinh")))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[0].unitName").value("Đảng ủy xã Long Định"))
			.andExpect(jsonPath("$[0].total").value(11.0))
			.andExpect(jsonPath("$[0].provisional").value(false));
		mvc.perform(get("/thi-dua/{id}/ket-qua", m.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đính chính: Đính chính tiêu chí I.1 của xã Long Định")))
			.andExpect(content().string(containsString("Đảng ủy xã Long Định")));
		assertThat(publicTableOrder(m.getId())).as("the table of the new revision, not the one kept of the first")
			.containsExactly("Đảng ủy xã Long Định", "Đảng ủy xã Bình Đức");
		mvc.perform(get("/emulation/movements/{id}/results", m.getId()).with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Các lần công bố")));
	}

	@Test
	void theDemoMovementHasPublishedResultsWithRanksAndClassifications() throws Exception {
		Long id = fixture.movements.all().stream().filter(x -> x.getName().equals(EmulationDemoData.MOVEMENT_90))
			.findFirst().orElseThrow().getId();
		ResultService.Results shown = results.results(id);
		assertThat(shown.provisional()).isFalse();
		assertThat(shown.revision().getRevisionNo()).isEqualTo(2);
		assertThat(shown.rows()).hasSize(11);
		assertThat(shown.rows()).extracting(Standings.Row::classification).contains("Xuất sắc");
		mvc.perform(get("/thi-dua/{id}/ket-qua", id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("90 năm Ngày truyền thống")))
			.andExpect(content().string(containsString("Công bố ngày 08/10/2020 (lần 2)")));
		mvc.perform(get("/thi-dua/abc/ket-qua")).andExpect(status().isNotFound());
		mvc.perform(get("/thi-dua"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/thi-dua/" + id + "/ket-qua\"")))
			.andExpect(content().string(not(containsString(EmulationDemoData.MOVEMENT_2026))));
		mvc.perform(get("/")).andExpect(content().string(containsString("<a href=\"/thi-dua\">Kết quả thi đua</a>")));
		List<NominationsRequested.Nominee> excellent = results.requestNominations(fixture.admin(), id, "EXCELLENT", 0);
		assertThat(excellent).isNotEmpty().allSatisfy(n -> assertThat(n.classification()).isEqualTo("Xuất sắc"));
		List<NominationsRequested.Nominee> top = results.requestNominations(fixture.admin(), id, "TOP_PER_CLUSTER", 1);
		assertThat(top).hasSize(2).extracting(NominationsRequested.Nominee::clusterRank).containsOnly(1);
		assertThatThrownBy(() -> results.requestNominations(fixture.admin(), id, "TOP_PER_CLUSTER", 0))
			.hasMessage("emulation.nomination.topInvalid");
	}

	@Test
	void theDashboardChartsTheMovementInReview() throws Exception {
		Long id = fixture.movements.all().stream().filter(x -> x.getName().equals(EmulationDemoData.MOVEMENT_2026))
			.findFirst().orElseThrow().getId();
		mvc.perform(get("/emulation/movements/{id}/dashboard", id).with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tiến độ hồ sơ")))
			.andExpect(content().string(containsString("Chuyên viên Ban Dân vận thẩm định")))
			.andExpect(content().string(containsString("Cụm thi đua số 2")))
			.andExpect(content().string(containsString("Hồ sơ quá hạn (")))
			.andExpect(content().string(containsString("Đảng ủy xã Nhị Bình</span> —")))
			.andExpect(content().string(containsString("chưa nộp tự chấm (hạn ")))
			.andExpect(content().string(containsString("chờ bước “Chuyên viên Ban Dân vận thẩm định” (hạn ")))
			.andExpect(content().string(containsString("Đơn vị đã đăng ký thi đua")))
			.andExpect(content().string(containsString("90 – &lt;100")));
	}

	/** The units in the order the public results page lists them. */
	private List<String> publicTableOrder(Long movementId) throws Exception {
		String html = mvc.perform(get("/thi-dua/{id}/ket-qua", movementId))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html).select("tr[data-unit]").eachAttr("data-unit");
	}

	private void score(String code, Movement m, Map<Long, BigDecimal> points) {
		Long unit = fixture.unit(code);
		DemoActor officer = fixture.officer(code);
		assessments.saveSelf(officer, m.getId(), unit, assessments.open(officer, m.getId(), unit).getVersion(), points, Map.of());
		assessments.submit(officer, m.getId(), unit, assessments.open(officer, m.getId(), unit).getVersion());
	}

	private void advanceToReview(Movement m) {
		fixture.movements.advance(fixture.admin(), m.getId(), fixture.movements.get(m.getId()).getVersion());
	}

	private void approve(Movement m, String code) {
		Long unit = fixture.unit(code);
		reviews.approve(fixture.reviewer("thamdinh"), m.getId(), unit, assessments.open(fixture.admin(), m.getId(), unit).getVersion(), 1, null);
	}

}
