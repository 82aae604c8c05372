package danvan.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import danvan.platform.security.Role;
import danvan.test.DanvanSpringTest;

/** Every signed-in user changes their own password, proving they know the current one. */
@DanvanSpringTest
class PasswordChangeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	Accounts accounts;

	String username;

	@BeforeEach
	void setUp() {
		accounts = new Accounts(context);
		username = accounts.create("doimk", Role.UNIT_OFFICER, "XA_TAM_HIEP");
	}

	@Test
	void everySignedInUserSeesTheForm() throws Exception {
		mvc.perform(get("/account/password").with(user(accounts.principal(username))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu hiện tại")));
		mvc.perform(get("/account/password")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theNewPasswordWorksAtTheNextSignIn() throws Exception {
		mvc.perform(change(Accounts.PASSWORD, "DoiMoi2026", "DoiMoi2026"))
			.andExpect(redirectedUrl("/account/password"))
			.andExpect(flash().attribute("flash", "Đã đổi mật khẩu."));

		mvc.perform(formLogin("/login").user(username).password(Accounts.PASSWORD)).andExpect(unauthenticated());
		mvc.perform(formLogin("/login").user(username).password("DoiMoi2026")).andExpect(authenticated());
	}

	@Test
	void aWrongCurrentPasswordIsRefused() throws Exception {
		refused(change("khong-dung-1", "DoiMoi2026", "DoiMoi2026"), "Mật khẩu hiện tại không đúng.");
	}

	@Test
	void twoDifferentNewPasswordsAreRefused() throws Exception {
		refused(change(Accounts.PASSWORD, "DoiMoi2026", "DoiMoi2027"), "Mật khẩu nhập lại không khớp.");
	}

	@Test
	void aWeakNewPasswordIsRefused() throws Exception {
		refused(change(Accounts.PASSWORD, "abcdefgh", "abcdefgh"), "Mật khẩu phải có ít nhất 8 ký tự, gồm cả chữ và số.");
	}

	@Test
	void emptyOrHugeFieldsAreRefused() throws Exception {
		refused(change("", "", ""), "Không được để trống.");
		String huge = "a1".repeat(500_000);
		refused(change(huge, huge, huge), "Độ dài phải từ 0 đến 100 ký tự.");
	}

	private MockHttpServletRequestBuilder change(String current, String newPassword, String confirm) {
		return post("/account/password").with(csrf())
			.with(user(accounts.principal(username)))
			.param("currentPassword", current)
			.param("newPassword", newPassword)
			.param("confirmPassword", confirm);
	}

	private void refused(MockHttpServletRequestBuilder request, String message) throws Exception {
		mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(not(containsString("DoiMoi2026"))));
		mvc.perform(formLogin("/login").user(username).password(Accounts.PASSWORD)).andExpect(authenticated());
	}

}
