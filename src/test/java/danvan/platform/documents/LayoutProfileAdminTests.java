package danvan.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import danvan.test.DanvanSpringTest;

/** The administrator switching the Party layout from HD 36 to HD 05 and back, and what a decision then follows. */
@DanvanSpringTest
@Tag("db")
class LayoutProfileAdminTests {

	private static final String HD36 = "PARTY_HD36_2018";

	private static final String HD05 = "PARTY_HD05_2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	LayoutProfiles profiles;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void enablingHd05MovesTodaysPartyDocumentsButNotThoseOf2020() throws Exception {
		boolean wasEnabled = profiles.byCode(HD05).isEnabled();
		try {
			switchTo(HD05, false);
			assertThat(profiles.forDocument(DocumentFamily.PARTY, LocalDate.now()).getCode()).isEqualTo(HD36);
			mvc.perform(post("/admin/document-profiles/" + HD05 + "/enabled").with(as("admin"))
				.param("version", String.valueOf(profiles.byCode(HD05).getVersion())).param("enabled", "true"))
				.andExpect(flash().attribute("flash", containsString("Đã bật mẫu")));
			assertThat(profiles.forDocument(DocumentFamily.PARTY, LocalDate.now()).getCode()).isEqualTo(HD05);
			assertThat(profiles.forDocument(DocumentFamily.PARTY, LocalDate.of(2020, 10, 15)).getCode()).isEqualTo(HD36);
			assertThat(jdbc.queryForObject("select count(*) from platform_audit_entry where entity_type = 'LayoutProfile'"
					+ " and actor = 'admin'", Integer.class)).isPositive();
			mvc.perform(get("/admin/document-profiles").with(as("admin")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Hướng dẫn 05-HD/VPTW")))
				.andExpect(content().string(containsString("Đang áp dụng hôm nay")))
				.andExpect(content().string(containsString("Số 05-QĐ/BTGDV")));
		}
		finally {
			switchTo(HD05, wasEnabled);
		}
	}

	@Test
	void theLastEnabledLayoutOfAFamilyAndAStaleVersionAreRefusedInVietnamese() throws Exception {
		LayoutProfile state = profiles.byCode("STATE_ND30_2020");
		mvc.perform(post("/admin/document-profiles/STATE_ND30_2020/enabled").with(as("admin"))
			.param("version", String.valueOf(state.getVersion())).param("enabled", "false"))
			.andExpect(flash().attribute("problem", "Phải còn ít nhất một mẫu trình bày được bật cho loại văn bản này."));
		assertThat(profiles.byCode("STATE_ND30_2020").isEnabled()).isTrue();
		mvc.perform(post("/admin/document-profiles/" + HD36 + "/enabled").with(as("admin"))
			.param("version", String.valueOf(profiles.byCode(HD36).getVersion() + 7)).param("enabled", "false"))
			.andExpect(flash().attribute("problemCode", HD36));
		assertThat(profiles.byCode(HD36).isEnabled()).isTrue();
		mvc.perform(post("/admin/document-profiles/NO_SUCH/enabled").with(as("admin")).param("version", "0"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problemCode", "NO_SUCH"));
	}

	@Test
	void onlyTheAdministratorSeesOrSwitchesLayouts() throws Exception {
		mvc.perform(get("/admin/document-profiles").with(as("bandanvan"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/document-profiles/" + HD36 + "/enabled").with(as("bandanvan"))
			.param("version", "0").param("enabled", "false"))
			.andExpect(status().isForbidden());
	}

	private void switchTo(String code, boolean enabled) {
		LayoutProfile profile = profiles.byCode(code);
		if (profile.isEnabled() != enabled) {
			profiles.setEnabled(code, profile.getVersion(), enabled);
		}
	}

	private RequestPostProcessor as(String username) {
		var details = users.loadUserByUsername(username);
		return request -> csrf().postProcessRequest(user(details).postProcessRequest(request));
	}

}
