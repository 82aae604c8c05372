package danvan.emulation;

import static danvan.emulation.EmulationWeb.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import danvan.emulation.movement.Movement;
import danvan.emulation.pledge.PledgeService;
import danvan.platform.notifications.NotificationService;
import danvan.test.DanvanSpringTest;

@DanvanSpringTest
class EmulationPledgeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EmulationFixture fixture;

	@Autowired
	PledgeService pledges;

	@Autowired
	NotificationService notifications;

	@Test
	void aUnitPledgesTheBoardSeesWhoHasNotAndRemindsThem() throws Exception {
		Movement m = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of());
		Long binhDuc = fixture.unit("XA_BINH_DUC");
		mvc.perform(post("/emulation/movements/{id}/units/{u}/pledge", m.getId(), binhDuc).with(as(users, "binhduc"))
			.param("commitment", "Xây dựng 2 mô hình “Dân vận khéo”").param("targetTitle", "Tập thể lao động xuất sắc"))
			.andExpect(status().is3xxRedirection());
		assertThat(pledges.byUnit(m.getId())).containsOnlyKeys(binhDuc);
		assertThatThrownBy(() -> pledges.pledge(fixture.officer("XA_BINH_DUC"), m.getId(), fixture.unit("XA_LONG_DINH"), "x", null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> pledges.pledge(fixture.officer("XA_LONG_DINH"), m.getId(), fixture.unit("XA_LONG_DINH"), " ", null))
			.hasMessage("emulation.pledge.commitment.invalid");
		mvc.perform(get("/emulation/movements/{id}", m.getId()).with(as(users, "bandanvan")))
			.andExpect(content().string(containsString("Tập thể lao động xuất sắc")))
			.andExpect(content().string(containsString("Nhắc 1 đơn vị chưa đăng ký")));
		mvc.perform(post("/emulation/movements/{id}/pledges/remind", m.getId()).with(as(users, "bandanvan")))
			.andExpect(status().is3xxRedirection());
		assertThat(notifications.readAll(fixture.officer("XA_LONG_DINH").withName("longdinh")))
			.anySatisfy(n -> assertThat(n.getMessage()).contains("Đảng ủy xã Long Định chưa đăng ký thi đua"));
	}

}
