package danvan.identity;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import danvan.org.Official;
import danvan.org.OfficialService;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;
import danvan.test.DanvanSpringTest;

/** Administrators manage accounts through the pages, within their own scope. */
@DanvanSpringTest
class AccountAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountService service;

	@Autowired
	AccountRepository repository;

	@Autowired
	OfficialService officials;

	Accounts accounts;

	@BeforeEach
	void setUp() {
		accounts = new Accounts(context);
	}

	@Test
	void theListShowsUnitsRolesScopesAndStates() throws Exception {
		mvc.perform(get("/admin/accounts").with(user(accounts.principal("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("binhduc")))
			.andExpect(content().string(containsString("Phạm Văn Đức")))
			.andExpect(content().string(containsString("Cán bộ đơn vị")))
			.andExpect(content().string(containsString("Đảng ủy xã Kim Sơn")))
			.andExpect(content().string(containsString("Toàn hệ thống")))
			.andExpect(content().string(containsString("Đang dùng")));
	}

	@Test
	void anAdministratorCreatesAnAccountAndItsUserSignsIn() throws Exception {
		String username = Accounts.unique("moi");
		Long binhDuc = accounts.unitId("DUX_KIM_SON");

		mvc.perform(asAdmin(post("/admin/accounts/new")).param("username", username)
			.param("displayName", "Nguyễn Văn Mới")
			.param("email", "moi@example.vn")
			.param("password", "MatKhau2026")
			.param("homeUnitId", binhDuc.toString())
			.param("grants[0].role", "UNIT_OFFICER")
			.param("grants[0].scope", binhDuc.toString())
			.param("grants[1].role", "")
			.param("grants[1].scope", ""))
			.andExpect(redirectedUrlPattern("/admin/accounts/*"))
			.andExpect(flash().attribute("flash", "Đã tạo tài khoản " + username + "."));

		Account created = accounts.get(username);
		assertThat(created.grantList()).containsExactly(new Grant(Role.UNIT_OFFICER, binhDuc));
		assertThat(created.getHomeUnitId()).isEqualTo(binhDuc);
		mvc.perform(formLogin("/login").user(username).password("MatKhau2026"))
			.andExpect(authenticated().withUsername(username).withRoles("UNIT_OFFICER"));
	}

	@Test
	void theEditFormShowsTheAccountAndLinksToItsHistory() throws Exception {
		Long id = accounts.get("binhduc").getId();

		mvc.perform(get("/admin/accounts/{id}", id).with(user(accounts.principal("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phạm Văn Đức")))
			.andExpect(content().string(containsString("/admin/audit?entity=Account&amp;id=" + id)))
			.andExpect(content().string(containsString("Vô hiệu hóa")))
			.andExpect(content().string(containsString("Đặt lại mật khẩu")));
	}

	@Test
	void refusedInputShowsItsMessageAndCreatesNothing() throws Exception {
		expectRefusal(newAccount("BinhDuc", "MatKhau2026"), "đã có người dùng", null);
		String weak = Accounts.unique("yeu");
		expectRefusal(newAccount(weak, "123"), "Mật khẩu phải có ít nhất 8 ký tự", weak);
		String invalid = "Tên Có Dấu";
		expectRefusal(newAccount(invalid, "MatKhau2026"), "Tên đăng nhập gồm 3–50 ký tự", invalid);
		String huge = Accounts.unique("lon");
		expectRefusal(newAccount(huge, "MatKhau2026").param("displayName", "x".repeat(10 * 1024 * 1024)),
				"Độ dài phải từ 0 đến 150 ký tự", huge);
		String script = Accounts.unique("xss");
		expectRefusal(newAccount(script, "MatKhau2026").param("displayName", "<script>alert(1)</script>"),
				"Không được chứa ký tự &lt; hoặc &gt;", script);
		String noRole = Accounts.unique("thieu");
		expectRefusal(newAccount(noRole, "MatKhau2026").param("grants[0].scope", "all"),
				"cần chọn cả vai trò và phạm vi", noRole);
		String ghostUnit = Accounts.unique("ma");
		expectRefusal(newAccount(ghostUnit, "MatKhau2026").param("grants[0].role", "EDITOR")
			.param("grants[0].scope", "987654321"), "Không tìm thấy đơn vị đã chọn", ghostUnit);
	}

	@Test
	void aCommuneAdministratorCannotGrantRightsOverAnotherCommune() throws Exception {
		Long binhDuc = accounts.unitId("DUX_KIM_SON");
		String communeAdmin = accounts.create("qtxa", Role.ADMIN, "DUX_KIM_SON");
		String outside = Accounts.unique("ngoai");

		mvc.perform(post("/admin/accounts/new").with(csrf())
			.with(user(accounts.principal(communeAdmin)))
			.param("username", outside)
			.param("displayName", "Người ngoài phạm vi")
			.param("password", "MatKhau2026")
			.param("grants[0].role", "UNIT_OFFICER")
			.param("grants[0].scope", accounts.unitId("DUX_LONG_DINH").toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bạn chỉ được cấp quyền trong phạm vi đơn vị mình quản trị.")));
		assertThat(repository.existsByUsernameIgnoreCase(outside)).isFalse();

		String inside = Accounts.unique("trong");
		mvc.perform(post("/admin/accounts/new").with(csrf())
			.with(user(accounts.principal(communeAdmin)))
			.param("username", inside)
			.param("displayName", "Người trong phạm vi")
			.param("password", "MatKhau2026")
			.param("homeUnitId", binhDuc.toString())
			.param("grants[0].role", "UNIT_OFFICER")
			.param("grants[0].scope", binhDuc.toString()))
			.andExpect(redirectedUrlPattern("/admin/accounts/*"));
		assertThat(repository.existsByUsernameIgnoreCase(inside)).isTrue();
	}

	@Test
	void aCommuneAdministratorNeitherSeesNorOpensAccountsOfAnotherCommune() throws Exception {
		String communeAdmin = accounts.create("qtxb", Role.ADMIN, "DUX_KIM_SON");

		mvc.perform(get("/admin/accounts").with(user(accounts.principal(communeAdmin))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("binhduc")))
			.andExpect(content().string(not(containsString("longdinh"))));
		Long longDinh = accounts.get("longdinh").getId();
		mvc.perform(get("/admin/accounts/{id}", longDinh).with(user(accounts.principal(communeAdmin))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/accounts/{id}/disable", longDinh).with(csrf())
			.with(user(accounts.principal(communeAdmin)))).andExpect(status().isForbidden());
		assertThat(accounts.get("longdinh").isEnabled()).isTrue();
	}

	@Test
	void aUnitOfficerGetsNoAdministration() throws Exception {
		var binhduc = user(accounts.principal("binhduc"));
		mvc.perform(get("/admin/accounts").with(binhduc)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/accounts/new").with(binhduc)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit").with(binhduc)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/accounts/new").with(csrf()).with(binhduc).param("username", "hacker1")
			.param("displayName", "x")
			.param("password", "MatKhau2026")).andExpect(status().isForbidden());
		assertThat(repository.existsByUsernameIgnoreCase("hacker1")).isFalse();
	}

	@Test
	void anAdministratorCannotDisableTheirOwnAccount() throws Exception {
		Long adminId = accounts.get("admin").getId();

		mvc.perform(post("/admin/accounts/{id}/disable", adminId).with(csrf()).with(user(accounts.principal("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bạn không thể tự vô hiệu hóa tài khoản của mình.")));
		assertThat(accounts.get("admin").isEnabled()).isTrue();
	}

	@Test
	void resettingAPasswordReplacesTheOldOne() throws Exception {
		String username = accounts.create("datlai", Role.EDITOR, "TU_DONG_THAP");
		Long id = accounts.get(username).getId();

		mvc.perform(asAdmin(post("/admin/accounts/{id}/reset-password", id)).param("newPassword", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mật khẩu phải có ít nhất 8 ký tự")));
		mvc.perform(asAdmin(post("/admin/accounts/{id}/reset-password", id)).param("newPassword", "MoiDatLai99"))
			.andExpect(redirectedUrlPattern("/admin/accounts/*"));

		mvc.perform(formLogin("/login").user(username).password(Accounts.PASSWORD)).andExpect(unauthenticated());
		mvc.perform(formLogin("/login").user(username).password("MoiDatLai99")).andExpect(authenticated());
	}

	@Test
	void aStaleSaveIsRefusedWithAClearMessage() throws Exception {
		String username = accounts.create("cu", Role.EDITOR, "TU_DONG_THAP");
		Account account = accounts.get(username);

		mvc.perform(asAdmin(post("/admin/accounts/{id}", account.getId()))
			.param("version", String.valueOf(account.getVersion() + 7))
			.param("displayName", "Tên mới")
			.param("grants[0].role", "EDITOR")
			.param("grants[0].scope", "all"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Bản ghi đã được người khác thay đổi")));
		assertThat(accounts.get(username).getDisplayName()).isEqualTo(account.getDisplayName());
	}

	@Test
	void theAuditTrailShowsWhatChangedOnAnAccount() throws Exception {
		String username = accounts.create("nhatky", Role.EDITOR, "TU_DONG_THAP");
		Account account = accounts.get(username);
		Long district = accounts.unitId("TU_DONG_THAP");

		mvc.perform(asAdmin(post("/admin/accounts/{id}", account.getId()))
			.param("version", String.valueOf(account.getVersion()))
			.param("displayName", "Trần Thị Đổi Tên")
			.param("homeUnitId", district.toString())
			.param("grants[0].role", "EDITOR")
			.param("grants[0].scope", district.toString()))
			.andExpect(redirectedUrlPattern("/admin/accounts/*"));

		mvc.perform(get("/admin/audit").param("entity", "Account")
			.param("id", account.getId().toString())
			.with(user(accounts.principal("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Họ tên hiển thị")))
			.andExpect(content().string(containsString(account.getDisplayName())))
			.andExpect(content().string(containsString("Trần Thị Đổi Tên")))
			.andExpect(content().string(containsString("Cập nhật")))
			.andExpect(content().string(containsString("Thêm mới")))
			.andExpect(content().string(containsString("admin")));
	}

	@Test
	void linkingAnOfficialPutsTheAccountInTheOfficialsUnit() throws Exception {
		Official thang = officials.search(accounts.actor("admin"), "tran van thang", null, PageRequest.of(0, 1))
			.getContent()
			.get(0);
		String username = Accounts.unique("lienket");

		mvc.perform(newAccount(username, "MatKhau2026").param("officialId", thang.getId().toString())
			.param("grants[0].role", "BOARD_OFFICER")
			.param("grants[0].scope", accounts.unitId("TU_DONG_THAP").toString()))
			.andExpect(redirectedUrlPattern("/admin/accounts/*"));

		Account account = accounts.get(username);
		assertThat(account.getOfficialId()).isEqualTo(thang.getId());
		assertThat(account.getHomeUnitId()).isEqualTo(thang.getUnit().getId());
		mvc.perform(get("/admin/accounts/{id}", account.getId()).with(user(accounts.principal("admin"))))
			.andExpect(content().string(containsString("<option value=\"" + thang.getId() + "\" selected=\"selected\">")));
	}

	@Test
	void aCommuneAdministratorCannotLinkAnOfficialOfAnotherCommune() throws Exception {
		String communeAdmin = accounts.create("qtxc", Role.ADMIN, "DUX_KIM_SON");
		Official lan = officials.search(accounts.actor("admin"), "vo thi ngoc lan", null, PageRequest.of(0, 1))
			.getContent()
			.get(0);
		String username = Accounts.unique("lkngoai");

		mvc.perform(post("/admin/accounts/new").with(csrf())
			.with(user(accounts.principal(communeAdmin)))
			.param("username", username)
			.param("displayName", "Người thử")
			.param("password", "MatKhau2026")
			.param("officialId", lan.getId().toString())
			.param("grants[0].role", "UNIT_OFFICER")
			.param("grants[0].scope", accounts.unitId("DUX_KIM_SON").toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không tìm thấy cán bộ đã chọn.")));
		assertThat(repository.existsByUsernameIgnoreCase(username)).isFalse();
	}

	@Test
	void theAddALineButtonBringsABlankPermissionLine() throws Exception {
		mvc.perform(get("/admin/accounts/grant-row").param("nextRow", "3")
			.header("HX-Request", "true")
			.with(user(accounts.principal("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"grants[3].role\"")))
			.andExpect(content().string(containsString("name=\"grants[3].scope\"")))
			.andExpect(content().string(containsString("Đảng ủy xã Kim Sơn")))
			.andExpect(content().string(containsString("id=\"nextRow\" name=\"nextRow\" value=\"4\"")));
		mvc.perform(get("/admin/accounts/grant-row").param("nextRow", "20").with(user(accounts.principal("admin"))))
			.andExpect(status().isNoContent());
	}

	@Test
	void theOfficialSearchBoxFindsOfficialsWithoutAccents() throws Exception {
		mvc.perform(get("/admin/accounts/officials").param("q", "tran van thang")
			.header("HX-Request", "true")
			.with(user(accounts.principal("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trần Văn Thắng")));
	}

	@Test
	void malformedRequestsNeverCauseAServerError() throws Exception {
		Long id = accounts.get("bientap").getId();
		List<MockHttpServletRequestBuilder> requests = List.of(get("/admin/accounts/abc"),
				get("/admin/accounts/987654321"), get("/admin/accounts/officials").param("q", "x".repeat(5000)),
				get("/admin/accounts/officials").param("officialId", "abc"),
				get("/admin/accounts/grant-row").param("nextRow", "-1"), get("/admin/accounts/grant-row").param("nextRow", "x"),
				get("/admin/audit").param("from", "not-a-date").param("page", "-3"),
				get("/admin/audit").param("id", "y".repeat(5000)).param("page", "999999999999"),
				newAccount(Accounts.unique("r"), "MatKhau2026").param("grants[0].role", "EMPEROR"),
				newAccount(Accounts.unique("r"), "MatKhau2026").param("grants[0].role", "EDITOR")
					.param("grants[0].scope", "abc"),
				newAccount(Accounts.unique("r"), "MatKhau2026").param("grants[300].role", "EDITOR"),
				newAccount(Accounts.unique("r"), "MatKhau2026").param("homeUnitId", "abc"),
				newAccount(Accounts.unique("r"), "MatKhau2026").param("officialId", "987654321"),
				newAccount(Accounts.unique("r"), "x".repeat(200_000)),
				newAccount(Accounts.unique("r"), "MatKhau2026").param("email", "khong-phai-email"),
				asAdmin(post("/admin/accounts/{id}", id)).param("version", "abc"),
				asAdmin(post("/admin/accounts/{id}", id)),
				asAdmin(post("/admin/accounts/{id}/reset-password", id)),
				asAdmin(post("/admin/accounts/987654321/unlock")));
		for (MockHttpServletRequestBuilder request : requests) {
			mvc.perform(request).andExpect(result -> assertThat(result.getResponse().getStatus())
				.as(result.getRequest().getRequestURI())
				.isLessThan(500));
		}
		assertThat(accounts.get("bientap").isEnabled()).isTrue();
	}

	private MockHttpServletRequestBuilder newAccount(String username, String password) {
		return asAdmin(post("/admin/accounts/new")).param("username", username)
			.param("displayName", "Người thử")
			.param("password", password);
	}

	private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(user(accounts.principal("admin")));
	}

	private void expectRefusal(MockHttpServletRequestBuilder request, String message, String username)
			throws Exception {
		mvc.perform(request).andExpect(status().isOk()).andExpect(content().string(containsString(message)));
		if (username != null) {
			assertThat(repository.existsByUsernameIgnoreCase(username.trim().toLowerCase())).as(username).isFalse();
		}
	}

}
