package danvan.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.hamcrest.Matchers.containsString;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import danvan.platform.security.Role;
import danvan.test.DanvanSpringTest;

/** Five wrong passwords lock an account for form sign-in and HTTP Basic alike; disabled accounts stay out. */
@DanvanSpringTest
class LockoutTests {

	static final String WRONG = "sai-mat-khau1";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	Accounts accounts;

	@BeforeEach
	void setUp() {
		accounts = new Accounts(context);
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
		String username = accounts.create("khoa", Role.UNIT_OFFICER, "DUX_KIM_SON");
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(username).password(WRONG)).andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(formLogin("/login").user(username).password(Accounts.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/login").param("locked", ""))
			.andExpect(content().string(containsString("Tài khoản tạm khóa 15 phút")));
	}

	@Test
	void theLockAlsoHoldsOverHttpBasic() throws Exception {
		String username = accounts.create("basic", Role.UNIT_OFFICER, "DUX_KIM_SON");
		mvc.perform(get("/dashboard").with(httpBasic(username, Accounts.PASSWORD))).andExpect(status().isOk());
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/dashboard").with(httpBasic(username, WRONG))).andExpect(status().isUnauthorized());
		}

		mvc.perform(get("/dashboard").with(httpBasic(username, Accounts.PASSWORD)))
			.andExpect(status().isUnauthorized());
		mvc.perform(formLogin("/login").user(username).password(Accounts.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void aSuccessfulSignInResetsTheCount() throws Exception {
		String username = accounts.create("dem", Role.UNIT_OFFICER, "DUX_KIM_SON");
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user(username).password(WRONG)).andExpect(unauthenticated());
		}
		mvc.perform(formLogin("/login").user(username).password(Accounts.PASSWORD)).andExpect(authenticated());
		for (int i = 0; i < 4; i++) {
			mvc.perform(formLogin("/login").user(username).password(WRONG)).andExpect(unauthenticated());
		}

		mvc.perform(formLogin("/login").user(username).password(Accounts.PASSWORD))
			.andExpect(authenticated().withUsername(username));
	}

	@Test
	void anAdministratorUnlocksALockedAccount() throws Exception {
		String username = accounts.create("mokhoa", Role.UNIT_OFFICER, "DUX_KIM_SON");
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user(username).password(WRONG));
		}
		Account locked = accounts.get(username);
		Long id = locked.getId();
		String until = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
			.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))
			.format(locked.getLockedUntil());
		mvc.perform(get("/admin/accounts").with(user(accounts.principal("admin"))))
			.andExpect(content().string(containsString("Tạm khóa đến " + until)));
		mvc.perform(get("/admin/accounts/{id}", id).with(user(accounts.principal("admin"))))
			.andExpect(content().string(containsString("Mở khóa")));

		mvc.perform(post("/admin/accounts/{id}/unlock", id).with(csrf()).with(user(accounts.principal("admin"))))
			.andExpect(redirectedUrl("/admin/accounts/" + id));

		mvc.perform(formLogin("/login").user(username).password(Accounts.PASSWORD)).andExpect(authenticated());
	}

	@Test
	void aDisabledAccountCannotSignInUntilEnabledAgain() throws Exception {
		String username = accounts.create("tat", Role.UNIT_OFFICER, "DUX_KIM_SON");
		Long id = accounts.get(username).getId();

		mvc.perform(post("/admin/accounts/{id}/disable", id).with(csrf()).with(user(accounts.principal("admin"))))
			.andExpect(redirectedUrl("/admin/accounts/" + id));
		mvc.perform(formLogin("/login").user(username).password(Accounts.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?disabled"));
		mvc.perform(get("/dashboard").with(httpBasic(username, Accounts.PASSWORD))).andExpect(status().isUnauthorized());

		mvc.perform(post("/admin/accounts/{id}/enable", id).with(csrf()).with(user(accounts.principal("admin"))))
			.andExpect(redirectedUrl("/admin/accounts/" + id));
		mvc.perform(formLogin("/login").user(username).password(Accounts.PASSWORD)).andExpect(authenticated());
	}

}
