package danvan.emulation;

import static danvan.emulation.EmulationWeb.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import danvan.emulation.assessment.AssessmentService;
import danvan.emulation.demo.DemoActor;
import danvan.emulation.movement.Movement;
import danvan.test.DanvanSpringTest;

@DanvanSpringTest
class EmulationReviewWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EmulationFixture fixture;

	@Autowired
	AssessmentService assessments;

	@Test
	void theReviewerAdjustsOnThePageAndAMissingReasonIsShownNextToTheField() throws Exception {
		Movement m = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of("thamdinh"));
		Long unit = fixture.unit("XA_BINH_DUC");
		DemoActor officer = fixture.officer("XA_BINH_DUC");
		assessments.submit(officer, m.getId(), unit, assessments.open(officer, m.getId(), unit).getVersion());
		String page = "/emulation/movements/" + m.getId() + "/units/" + unit + "/assessment";
		long version = assessments.open(fixture.admin(), m.getId(), unit).getVersion();
		String item = fixture.revisedScale().item("III.2").getId().toString();

		mvc.perform(get(page).with(as(users, "thamdinh"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Thẩm định — bước 1")));
		mvc.perform(get(page).with(as(users, "binhduc"))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Thẩm định — bước 1"))));
		mvc.perform(post(page + "/adjust").with(as(users, "thamdinh"))
			.param("itemId", item).param("points", "10").param("reason", "").param("version", String.valueOf(version)).param("step", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phải ghi lý do khi điều chỉnh điểm.")));
		mvc.perform(post(page + "/adjust").with(as(users, "thamdinh"))
			.param("itemId", item).param("points", "mười").param("reason", "x").param("version", String.valueOf(version)).param("step", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Điểm phải là một số")));
		mvc.perform(post(page + "/adjust").with(as(users, "thamdinh"))
			.param("itemId", item).param("points", "10,5").param("reason", "Có hội nghị biểu dương").param("version", String.valueOf(version)).param("step", "1"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(page + "/adjust").with(as(users, "thamdinh"))
			.param("itemId", item).param("points", "9").param("reason", "Bản cũ").param("version", String.valueOf(version)).param("step", "1"))
			.andExpect(status().isConflict());
		mvc.perform(post(page + "/adjust").with(as(users, "binhduc"))
			.param("itemId", item).param("points", "15").param("reason", "Tự nâng điểm").param("version", String.valueOf(version + 1)).param("step", "1"))
			.andExpect(status().isForbidden());
		mvc.perform(get(page).with(as(users, "binhduc"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Có hội nghị biểu dương")))
			.andExpect(content().string(containsString("Lê Minh Tâm")));
		mvc.perform(get("/emulation/notifications").with(as(users, "thamdinh"))).andExpect(redirectedUrl("/notifications"));
		mvc.perform(get("/notifications").with(as(users, "thamdinh"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("đang chờ bước")));
		Long id = assessments.open(fixture.admin(), m.getId(), unit).getId();
		mvc.perform(get(page).with(as(users, "admin")))
			.andExpect(content().string(containsString("/admin/audit?entity=Assessment&amp;id=" + id)));
		mvc.perform(get("/admin/audit").param("entity", "Assessment").param("id", id.toString()).with(as(users, "admin")))
			.andExpect(content().string(containsString("Đang thẩm định")))
			.andExpect(content().string(not(containsString("IN_REVIEW"))))
			.andExpect(content().string(not(containsString("danvan.emulation."))));
	}

}
