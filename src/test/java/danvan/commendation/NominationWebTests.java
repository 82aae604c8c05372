package danvan.commendation;

import static danvan.commendation.CommendationWeb.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import danvan.org.OrgDirectory;
import danvan.platform.notifications.NotificationService;
import danvan.platform.security.Actor;
import danvan.test.DanvanSpringTest;

import danvan.commendation.nomination.Nomination;
import danvan.commendation.nomination.NominationRepository;
import danvan.commendation.nomination.NominationStatus;

/** A commune officer proposes for its own unit; the board is told; a fake file and a board step are refused. */
@DanvanSpringTest
class NominationWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	NominationRepository nominations;

	@Autowired
	NotificationService notifications;

	@Autowired
	OrgDirectory org;

	@Test
	void aNominationForAnEndedUnitIsRefusedWithItsSuccessorNamed() throws Exception {
		Long ended = org.unitByCode("BDV_CHAU_THANH").orElseThrow().id();
		long before = nominations.count();
		mvc.perform(post("/commendation/nominations").with(as(users, "bandanvan")).param("unitId", ended.toString())
			.param("award", "GK_CN").param("title", "Đề nghị tặng Giấy khen năm 2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Đơn vị Ban Dân vận Huyện ủy Châu Thành đã kết thúc hoạt động từ ngày 01/07/2025; hãy chọn đơn vị kế thừa: "
							+ org.unit(org.currentSuccessorOf(ended).orElseThrow().id()).orElseThrow().name())));
		assertThat(nominations.count()).isEqualTo(before);
	}

	@Test
	void aCommuneOfficerSubmitsAndTheBoardIsNotified() throws Exception {
		Long unit = org.unitByCode("BXDDX_KIM_SON").orElseThrow().id();
		Long official = org.officialsIn(unit).get(0).id();
		long unreadBefore = notifications.unread((Actor) users.loadUserByUsername("bandanvan"));
		mvc.perform(post("/commendation/nominations").with(as(users, "binhduc")).param("unitId", unit.toString())
			.param("award", "GK_CN").param("title", "Đề nghị tặng Giấy khen - xã Kim Sơn"))
			.andExpect(status().is3xxRedirection());
		Nomination n = nominations.findAll().stream().filter(x -> x.getTitle().endsWith("xã Kim Sơn")).findFirst()
			.orElseThrow();
		mvc.perform(multipart("/commendation/nominations/{id}/files", n.getId())
			.file(new MockMultipartFile("file", "to-trinh.pdf", "application/pdf",
					"không phải PDF".getBytes(StandardCharsets.UTF_8)))
			.param("version", String.valueOf(n.getVersion())).param("kind", "SUBMISSION").with(as(users, "binhduc")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alert-danger")));
		assertThat(nominations.findById(n.getId()).orElseThrow().getFiles()).isEmpty();
		mvc.perform(post("/commendation/nominations/{id}/candidates", n.getId()).with(as(users, "binhduc"))
			.param("version", String.valueOf(n.getVersion())).param("officialId", official.toString())
			.param("achievement", "Hoàn thành xuất sắc nhiệm vụ"))
			.andExpect(status().is3xxRedirection());
		n = nominations.findById(n.getId()).orElseThrow();
		mvc.perform(post("/commendation/nominations/{id}/step", n.getId()).with(as(users, "binhduc"))
			.param("version", String.valueOf(n.getVersion())).param("action", "submit"))
			.andExpect(status().is3xxRedirection());
		n = nominations.findById(n.getId()).orElseThrow();
		assertThat(n.getStatus()).isEqualTo(NominationStatus.SUBMITTED);
		assertThat(notifications.unread((Actor) users.loadUserByUsername("bandanvan"))).isGreaterThan(unreadBefore);
		mvc.perform(post("/commendation/nominations/{id}/step", n.getId()).with(as(users, "binhduc"))
			.param("version", String.valueOf(n.getVersion())).param("action", "receive"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/commendation/nominations/{id}", n.getId()).with(as(users, "longdinh")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/commendation/nominations/{id}/step", n.getId()).with(as(users, "bandanvan"))
			.param("version", String.valueOf(n.getVersion())).param("action", "return").param("comment", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhập lý do trả lại hồ sơ.")));
		assertThat(nominations.findById(n.getId()).orElseThrow().getStatus()).isEqualTo(NominationStatus.SUBMITTED);
	}

}
