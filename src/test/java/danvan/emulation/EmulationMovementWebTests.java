package danvan.emulation;

import static danvan.emulation.EmulationWeb.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import danvan.emulation.demo.EmulationDemoData;
import danvan.emulation.movement.Movement;
import danvan.emulation.movement.MovementService;
import danvan.emulation.movement.MovementStatus;
import danvan.emulation.scale.ScaleDiff;
import danvan.emulation.scale.ScaleService;
import danvan.test.DanvanSpringTest;

@DanvanSpringTest
class EmulationMovementWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	MovementService movements;

	@Test
	void theApiListsMovementsWithTheirStatus() throws Exception {
		mvc.perform(get("/api/emulation/movements").with(as(users, "thamdinh")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", hasItem(EmulationDemoData.MOVEMENT_90)))
			.andExpect(jsonPath("$[0].kind").exists())
			.andExpect(jsonPath("$[0].status").exists());
	}

	@Test
	void theApiGivesTheBoundScaleVersionAsATree() throws Exception {
		Long id = movement90();
		mvc.perform(get("/api/emulation/movements/{id}/scale", id).with(as(users, "binhduc")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.children[0].code").value("I"))
			.andExpect(jsonPath("$.children[0].kind").value("GROUP"))
			.andExpect(jsonPath("$.children[0].maxPoints").value(20.0))
			.andExpect(jsonPath("$.children[0].children[*].code", hasItem("I.3")))
			.andExpect(jsonPath("$.children[*].kind", hasItem("BONUS")))
			.andExpect(jsonPath("$.children[*].kind", hasItem("PENALTY")));
	}

	@Test
	void anUnknownMovementIsA404() throws Exception {
		mvc.perform(get("/api/emulation/movements/999999/scale").with(as(users, "admin")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/emulation/movements/999999").with(as(users, "admin"))).andExpect(status().isNotFound());
	}

	@Test
	void boardPagesShowTheMovementAndItsScale() throws Exception {
		Long id = movement90();
		mvc.perform(get("/emulation/movements").with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("90 năm Ngày truyền thống")));
		mvc.perform(get("/emulation/movements/{id}", id).with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cụm thi đua số 1")))
			.andExpect(content().string(containsString("Chuyên viên Ban Dân vận thẩm định")));
		Long scaleId = movements.get(id).getScaleId();
		mvc.perform(get("/emulation/scales/{id}", scaleId).with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tham gia tập huấn")));
		mvc.perform(get("/emulation/scales/{id}/diff", scaleId).param("other", String.valueOf(scaleId - 1))
			.with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("IV.3")));
	}

	@Test
	void aUnitOfficerCannotOpenAMovement() throws Exception {
		mvc.perform(get("/emulation/movements/new").with(as(users, "binhduc")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/emulation/movements").with(as(users, "binhduc"))
			.param("name", "Phong trào lạ")
			.param("kind", "REGULAR")
			.param("periodStart", "2026-01-01")
			.param("periodEnd", "2026-12-31")
			.param("organiserUnitId", String.valueOf(movements.get(movement90()).getOrganiserUnitId()))
			.param("scaleId", String.valueOf(movements.get(movement90()).getScaleId()))
			.param("selfAssessmentDeadline", "2026-11-01")
			.param("tieBreak", "NONE")).andExpect(status().isForbidden());
	}

	@Test
	void badMovementInputIsShownNextToTheFieldsNotA500() throws Exception {
		mvc.perform(post("/emulation/movements").with(as(users, "bandanvan"))
			.param("name", "<script>")
			.param("kind", "NONSENSE")
			.param("periodStart", "2026-13-45")
			.param("periodEnd", "2026-01-01")
			.param("selfAssessmentDeadline", "")
			.param("tieBreak", "NONE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("Không được chứa ký tự")));
		Long organiser = movements.get(movement90()).getOrganiserUnitId();
		mvc.perform(post("/emulation/movements").with(as(users, "bandanvan"))
			.param("name", "Phong trào kết thúc trước khi bắt đầu")
			.param("kind", "REGULAR")
			.param("periodStart", "2026-06-01")
			.param("periodEnd", "2026-01-01")
			.param("organiserUnitId", organiser.toString())
			.param("scaleId", movements.get(movement90()).getScaleId().toString())
			.param("selfAssessmentDeadline", "2026-11-01")
			.param("tieBreak", "NONE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày kết thúc không được trước ngày bắt đầu")));
	}

	@Test
	void aBoardOfficerOpensAMovementAndMovesItForwardOneStepAtATime() throws Exception {
		Movement template = movements.get(movement90());
		String location = mvc.perform(post("/emulation/movements").with(as(users, "bandanvan"))
			.param("name", "Phong trào thử chuyển trạng thái")
			.param("kind", "THEMATIC")
			.param("periodStart", "2026-01-01")
			.param("periodEnd", "2026-12-31")
			.param("organiserUnitId", template.getOrganiserUnitId().toString())
			.param("scaleId", template.getScaleId().toString())
			.param("selfAssessmentDeadline", "2026-11-01")
			.param("tieBreak", "SUBMISSION"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(post("/emulation/movements/{id}/advance", id).with(as(users, "bandanvan")).param("version", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Chưa có đơn vị tham gia")));
		mvc.perform(post("/emulation/movements/{id}/participants", id).with(as(users, "bandanvan"))
			.param("parentUnitId", template.getParticipants().get(0).getUnitId().toString())
			.param("clusterName", "Cụm A"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/emulation/movements/{id}/participants", id).with(as(users, "bandanvan"))
			.param("parentUnitId", template.getOrganiserUnitId().toString()))
			.andExpect(status().is3xxRedirection());
		Movement added = movements.get(id);
		mvc.perform(post("/emulation/movements/{id}/advance", id).with(as(users, "bandanvan"))
			.param("version", String.valueOf(added.getVersion())))
			.andExpect(status().is3xxRedirection());
		Movement opened = movements.get(id);
		org.assertj.core.api.Assertions.assertThat(opened.getStatus()).isEqualTo(MovementStatus.OPEN);
		org.assertj.core.api.Assertions.assertThat(opened.getStatusChanges()).hasSize(2);
		mvc.perform(post("/emulation/movements/{id}/advance", id).with(as(users, "bandanvan")).param("version", "0"))
			.andExpect(status().isConflict());
		mvc.perform(post("/emulation/movements/{id}/advance", id).with(as(users, "binhduc"))
			.param("version", String.valueOf(opened.getVersion())))
			.andExpect(status().isForbidden());
	}

	@Test
	void aScaleWhoseCriteriaExceedTheirGroupIsNotActivated() throws Exception {
		Long board = movements.get(movement90()).getOrganiserUnitId();
		String location = mvc.perform(post("/emulation/scales").with(as(users, "bandanvan"))
			.param("family", "THU_VUOT_DIEM")
			.param("name", "Thang điểm thử vượt điểm")
			.param("ownerUnitId", board.toString())
			.param("bonusCap", "5"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);
		mvc.perform(post("/emulation/scales/{id}/items", id).with(as(users, "bandanvan"))
			.param("code", "A").param("name", "Nhóm A").param("kind", "GROUP").param("maxPoints", "10").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/emulation/scales/{id}/items", id).with(as(users, "bandanvan"))
			.param("parentCode", "A").param("code", "A.1").param("name", "Tiêu chí").param("kind", "CRITERION")
			.param("maxPoints", "12").param("version", version(id)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/emulation/scales/{id}/items", id).with(as(users, "bandanvan"))
			.param("parentCode", "Z").param("code", "A.2").param("name", "Tiêu chí").param("kind", "CRITERION")
			.param("maxPoints", "abc").param("version", version(id)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		mvc.perform(post("/emulation/scales/{id}/settings", id).with(as(users, "bandanvan"))
			.param("bonusCap", "5").param("thresholds", "Xuất sắc = 9\nTốt = 5").param("version", version(id)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/emulation/scales/{id}/activate", id).with(as(users, "bandanvan")).param("version", version(id)))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("problem", containsString("A: 12 > 10")));
		org.assertj.core.api.Assertions.assertThat(scales.get(Long.valueOf(id)).isActive()).isFalse();
	}

	@Autowired
	ScaleService scales;

	private String version(String scaleId) {
		return String.valueOf(scales.get(Long.valueOf(scaleId)).getVersion());
	}

	@Test
	void aRevisionOfTheScaleIsEditedOnItsPageAndComparedWithThePreviousVersion() throws Exception {
		Long v2 = movements.get(movement90()).getScaleId();
		String location = mvc.perform(post("/emulation/scales/{id}/revise", v2).with(as(users, "bandanvan")))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		String v3 = location.substring(location.lastIndexOf('/') + 1);
		mvc.perform(post("/emulation/scales/{id}/items/revise", v3).with(as(users, "bandanvan"))
			.param("code", "III.2").param("maxPoints", "12").param("version", version(v3)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/emulation/scales/{id}/items/remove", v3).with(as(users, "bandanvan"))
			.param("code", "TR.2").param("version", version(v3)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/emulation/scales/{id}/items/remove", v3).with(as(users, "bandanvan"))
			.param("code", "II").param("version", version(v3)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("problem", containsString("còn mục con")));
		ScaleDiff diff = scales.diff(v2, Long.valueOf(v3));
		org.assertj.core.api.Assertions.assertThat(diff.removed()).extracting(ScaleDiff.ScaleItemView::code).containsExactly("TR.2");
		org.assertj.core.api.Assertions.assertThat(diff.changed()).extracting(c -> c.after().code()).containsExactly("III.2");
		mvc.perform(get("/emulation/scales/{id}/diff", v3).param("other", v2.toString()).with(as(users, "bandanvan")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("TR.2")));
	}

	private Long movement90() {
		return movements.all().stream().filter(m -> m.getName().equals(EmulationDemoData.MOVEMENT_90)).findFirst()
			.orElseThrow().getId();
	}

}
