package danvan.emulation;

import static danvan.emulation.EmulationWeb.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import danvan.emulation.assessment.Assessment;
import danvan.emulation.assessment.AssessmentService;
import danvan.emulation.assessment.ReviewService;
import danvan.emulation.demo.DemoActor;
import danvan.emulation.movement.Movement;
import danvan.emulation.scale.ScaleItem;
import danvan.test.DanvanSpringTest;

/** The home dashboard tells each person the emulation work waiting for them, and it follows the work. */
@DanvanSpringTest
class EmulationTasksTests {

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

	@Test
	void theWorkMovesFromTheUnitsDashboardToTheReviewersAndThenToTheBoards() throws Exception {
		Movement m = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of("thamdinh"));
		String owed = "Hồ sơ tự chấm đơn vị cần hoàn thành và nộp: " + m.getName();
		String toReview = "Hồ sơ đang chờ bạn thẩm định: " + m.getName();
		String toPublish = "sẵn sàng công bố kết quả: " + m.getName();
		dashboardOf("binhduc").andExpect(content().string(containsString(owed)));
		dashboardOf("thamdinh").andExpect(content().string(not(containsString(toReview))));

		submit("XA_BINH_DUC", m);
		dashboardOf("binhduc").andExpect(content().string(not(containsString(owed))));
		dashboardOf("longdinh").andExpect(content().string(containsString(owed)));
		dashboardOf("thamdinh").andExpect(content().string(containsString(toReview)));
		dashboardOf("hoidongtd").andExpect(content().string(not(containsString(toReview))));

		submit("XA_LONG_DINH", m);
		fixture.movements.advance(fixture.admin(), m.getId(), fixture.movements.get(m.getId()).getVersion());
		for (String code : List.of("XA_BINH_DUC", "XA_LONG_DINH")) {
			Long unit = fixture.unit(code);
			long version = assessments.open(fixture.admin(), m.getId(), unit).getVersion();
			reviews.approve(fixture.reviewer("thamdinh"), m.getId(), unit, version, 1, null);
		}
		dashboardOf("thamdinh").andExpect(content().string(not(containsString(toReview))));
		dashboardOf("bandanvan").andExpect(content().string(containsString(toPublish)));
		dashboardOf("binhduc").andExpect(content().string(not(containsString(toPublish))));
	}

	private org.springframework.test.web.servlet.ResultActions dashboardOf(String username) throws Exception {
		return mvc.perform(get("/dashboard").with(as(users, username)));
	}

	private void submit(String code, Movement m) {
		Long unit = fixture.unit(code);
		DemoActor officer = fixture.officer(code);
		ScaleItem item = fixture.revisedScale().item("I.2");
		Assessment a = assessments.open(officer, m.getId(), unit);
		a = assessments.saveSelf(officer, m.getId(), unit, a.getVersion(), Map.of(item.getId(), new BigDecimal("7")),
				Map.of(item.getId(), "Tuyên truyền 3 hình thức"));
		assessments.submit(officer, m.getId(), unit, a.getVersion());
	}

}
