package danvan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import danvan.platform.audit.AuditAction;
import danvan.platform.audit.AuditEntry;
import danvan.platform.audit.AuditHistory;
import danvan.platform.security.Role;
import danvan.test.DanvanSpringTest;

/**
 * Sign-in events in the audit trail, each with its time and the client's address, and on the account's page for
 * its administrator: a sign-in, refusals, a lockout, a password change and an administrator's reset (ASVS 7.1.3,
 * 7.2.1); a signed-in user's refused request in the log (7.2.2).
 */
@DanvanSpringTest
@ExtendWith(OutputCaptureExtension.class)
class SignInAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditHistory history;

	Accounts accounts;

	@BeforeEach
	void setUp() {
		accounts = new Accounts(context);
	}

	@Test
	void aSignInAndAWrongPasswordAreRecordedWithTheClientAddress() throws Exception {
		String username = accounts.create("dangnhap", Role.UNIT_OFFICER, "XA_BINH_DUC");

		mvc.perform(signIn(username, "sai-mat-khau1").with(from("203.0.113.7"))).andExpect(redirectedUrl("/login?error"));
		mvc.perform(signIn(username, Accounts.PASSWORD).with(from("203.0.113.8"))).andExpect(redirectedUrl("/dashboard"));

		List<AuditEntry> events = events(username);
		assertThat(events).extracting(AuditEntry::getAction)
			.containsExactly(AuditAction.SIGN_IN, AuditAction.SIGN_IN_FAILED);
		assertThat(events).extracting(AuditEntry::getClientAddress).containsExactly("203.0.113.8", "203.0.113.7");
		assertThat(events).extracting(AuditEntry::getActor).containsOnly(username);
		assertThat(events).allSatisfy(e -> assertThat(e.getOccurredAt()).isNotNull());
		assertThat(events.get(1).changes()).extracting(AuditEntry.Change::key, AuditEntry.Change::after)
			.contains(org.assertj.core.groups.Tuple.tuple("reason", "badCredentials"),
					org.assertj.core.groups.Tuple.tuple("channel", "web"));
	}

	@Test
	void theFifthWrongPasswordIsALockoutAndLaterAttemptsAreRefusedAsLocked() throws Exception {
		String username = accounts.create("khoaso", Role.UNIT_OFFICER, "XA_BINH_DUC");
		for (int i = 0; i < 5; i++) {
			mvc.perform(signIn(username, "sai-mat-khau1").with(from("198.51.100.4")));
		}
		mvc.perform(get("/api/org/units").with(httpBasic(username, Accounts.PASSWORD)).with(from("198.51.100.5")));

		List<AuditEntry> events = events(username);
		assertThat(events).extracting(AuditEntry::getAction).startsWith(AuditAction.SIGN_IN_FAILED,
				AuditAction.LOCKOUT, AuditAction.SIGN_IN_FAILED);
		assertThat(events).filteredOn(e -> e.getAction() == AuditAction.SIGN_IN_FAILED).hasSize(6);
		assertThat(events.get(0).changes()).extracting(AuditEntry.Change::after).contains("locked", "api");
		assertThat(events.get(0).getClientAddress()).isEqualTo("198.51.100.5");
	}

	@Test
	void aPasswordChangeAndAnAdministratorsResetAreRecordedWithWhoDidThem() throws Exception {
		String username = accounts.create("doimk", Role.UNIT_OFFICER, "XA_BINH_DUC");
		Long id = accounts.get(username).getId();

		mvc.perform(post("/account/password").with(user(accounts.principal(username))).with(csrf()).with(from("192.0.2.10"))
			.param("currentPassword", Accounts.PASSWORD)
			.param("newPassword", "Moi@2026abc")
			.param("confirmPassword", "Moi@2026abc")).andExpect(redirectedUrl("/account/password"));
		mvc.perform(post("/admin/accounts/{id}/reset-password", id).with(user(accounts.principal("admin")))
			.with(csrf())
			.with(from("192.0.2.11"))
			.param("newPassword", "Lai@2026xyz")).andExpect(redirectedUrl("/admin/accounts/" + id));

		List<AuditEntry> events = events(username);
		assertThat(events).extracting(AuditEntry::getAction)
			.containsExactly(AuditAction.PASSWORD_RESET, AuditAction.PASSWORD_CHANGE);
		assertThat(events).extracting(AuditEntry::getActor).containsExactly("admin", username);
		assertThat(events).extracting(AuditEntry::getClientAddress).containsExactly("192.0.2.11", "192.0.2.10");
	}

	@Test
	void theAdministratorSeesTheEventsOnTheAccountsPage() throws Exception {
		String username = accounts.create("xemnk", Role.UNIT_OFFICER, "XA_BINH_DUC");
		Long id = accounts.get(username).getId();
		mvc.perform(signIn(username, "sai-mat-khau1").with(from("203.0.113.99")));

		String page = mvc.perform(get("/admin/accounts/{id}", id).with(user(accounts.principal("admin"))))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Nhật ký đăng nhập", "Đăng nhập không thành công",
				"Sai mật khẩu, tại trang đăng nhập", "203.0.113.99");
	}

	@Test
	void aNameOfNoAccountIsRecordedWithoutTheName() throws Exception {
		String typed = "khong-co-" + System.nanoTime();
		mvc.perform(signIn(typed, "sai-mat-khau1").with(from("203.0.113.50")));

		List<AuditEntry> unknown = history.recent("Account", SignInAttempts.UNKNOWN_ACCOUNT,
				List.of(AuditAction.SIGN_IN_FAILED), 20);
		assertThat(unknown).anySatisfy(e -> assertThat(e.getClientAddress()).isEqualTo("203.0.113.50"));
		assertThat(unknown).allSatisfy(e -> assertThat(e.getActor() + e.changes()).doesNotContain(typed));
	}

	@Test
	void aSignedInUserRefusedAPageIsLoggedWithWhoWhatAndWhere(CapturedOutput output) throws Exception {
		mvc.perform(get("/admin/accounts").with(httpBasic("binhduc", Accounts.PASSWORD)).with(from("203.0.113.77")))
			.andExpect(status().isForbidden());

		assertThat(output.getOut()).contains("Access denied: binhduc GET /admin/accounts from 203.0.113.77");
	}

	private List<AuditEntry> events(String username) {
		return history.recent("Account", accounts.get(username).getId(), AuditAction.SIGN_IN_EVENTS, 20);
	}

	private static MockHttpServletRequestBuilder signIn(String username, String password) {
		return post("/login").param("username", username).param("password", password).with(csrf());
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
