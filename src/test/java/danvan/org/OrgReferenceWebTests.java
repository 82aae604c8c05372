package danvan.org;

import static danvan.org.OrgTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import danvan.test.DanvanSpringTest;

@DanvanSpringTest
class OrgReferenceWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgLevelRepository levels;

	@Test
	void anAdministratorAddsAndRenamesALevel() throws Exception {
		String code = OrgTestSupport.freshCode("CAP");
		mvc.perform(post("/org/reference/levels").with(as("admin"))
			.with(csrf())
			.param("code", code)
			.param("name", "Cấp tỉnh (sau sắp xếp 2025)")
			.param("order", "1")).andExpect(flash().attributeExists("flash"));
		OrgLevel level = levels.findAll().stream().filter(l -> l.getCode().equals(code)).findFirst().orElseThrow();

		mvc.perform(post("/org/reference/levels/" + level.getId()).with(as("admin"))
			.with(csrf())
			.param("name", "Cấp tỉnh mới")
			.param("order", "1")
			.param("version", String.valueOf(level.getVersion()))).andExpect(flash().attributeExists("flash"));
		assertThat(levels.findById(level.getId()).orElseThrow().getName()).isEqualTo("Cấp tỉnh mới");
	}

	@Test
	void duplicatesAndMarkupAreRefusedAndOnlyAdministratorsMayChangeTheLists() throws Exception {
		mvc.perform(post("/org/reference/kinds").with(as("admin"))
			.with(csrf())
			.param("code", "ubnd")
			.param("name", "Trùng")
			.param("order", "1")).andExpect(flash().attribute("error", "Mã \"UBND\" đã có trong danh mục."));
		mvc.perform(post("/org/reference/kinds").with(as("admin"))
			.with(csrf())
			.param("code", "MOI_X")
			.param("name", "<img src=x onerror=alert(1)>")
			.param("order", "1")).andExpect(flash().attributeExists("error"));
		mvc.perform(get("/org/reference").with(as("bandanvan"))).andExpect(status().isForbidden());
	}

}
