package danvan.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import danvan.test.DanvanSpringTest;

@DanvanSpringTest
class SignInTests {

	@Autowired
	MockMvc mvc;

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
	void apiAcceptsHttpBasic() throws Exception {
		mvc.perform(get("/login").with(httpBasic("admin", "Danvan@2026"))).andExpect(status().isOk());
	}

}
