package danvan.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import danvan.org.OrgDirectory;
import danvan.test.DanvanSpringTest;

@DanvanSpringTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgDirectory directory;

	@Test
	void loginPageIsVietnamese() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Đăng nhập hệ thống")));
	}

	@Test
	void demoAdministratorSignsInWithTheReadmePassword() throws Exception {
		mvc.perform(formLogin("/login").user("admin").password("Danvan@2026"))
			.andExpect(authenticated().withUsername("admin"))
			.andExpect(redirectedUrl("/dashboard"));
	}

	@Test
	void wrongPasswordIsRefused() throws Exception {
		mvc.perform(formLogin("/login").user("bientap").password("sai-mat-khau1"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void pagesSendStrangersToTheLoginPage() throws Exception {
		mvc.perform(get("/org/units")).andExpect(status().is3xxRedirection());
	}

	@Test
	void apiWithoutCredentialsAnswers401NotALoginPage() throws Exception {
		mvc.perform(get("/api/org/units")).andExpect(status().isUnauthorized());
	}

	@Test
	void theApiAcceptsTheBrowserSessionOnlyWithItsCsrfToken() throws Exception {
		MockHttpSession session = (MockHttpSession) mvc
			.perform(formLogin("/login").user("bandanvan").password("Danvan@2026"))
			.andReturn()
			.getRequest()
			.getSession(false);
		String unit = "{\"code\":\"API_" + System.nanoTime() % 1_000_000 + "\",\"name\":\"Tổ dân vận khu phố 1\","
				+ "\"kindId\":13,\"levelId\":5,\"parentId\":" + districtId() + "}";

		mvc.perform(post("/api/org/units").session(session).contentType("application/json").content(unit))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/org/units").session(session).with(csrf()).contentType("application/json").content(unit))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/org/units").session(session)).andExpect(status().isOk());
	}

	@Test
	void theApiRefusesAnUnknownParentAndAHugeNameWithoutHarm() throws Exception {
		String unknownParent = "{\"code\":\"API_X1\",\"name\":\"Đơn vị mồ côi\",\"kindId\":13,\"levelId\":5,"
				+ "\"parentId\":999999}";
		mvc.perform(post("/api/org/units").with(httpBasic("admin", "Danvan@2026"))
			.contentType("application/json")
			.content(unknownParent))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"))
			.andExpect(jsonPath("$.detail").value("Đơn vị đã chọn không tồn tại."));
		String huge = "{\"code\":\"API_X2\",\"name\":\"" + "x".repeat(10 * 1024 * 1024)
				+ "\",\"kindId\":13,\"levelId\":5,\"parentId\":" + districtId() + "}";
		mvc.perform(post("/api/org/units").with(httpBasic("admin", "Danvan@2026"))
			.contentType("application/json")
			.content(huge))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Độ dài phải từ 0 đến 255 ký tự."));
	}

	private String districtId() {
		return String.valueOf(directory.unitByCode("TU_DONG_THAP").orElseThrow().id());
	}

	@Test
	void apiAcceptsHttpBasic() throws Exception {
		mvc.perform(get("/login").with(httpBasic("admin", "Danvan@2026"))).andExpect(status().isOk());
	}

}
