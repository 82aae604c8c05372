package danvan.identity;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.platform.DanvanSettings;
import danvan.platform.RunMode;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;

/**
 * The first accounts. In demo mode: one account per role on the demo district. In production: only
 * {@code admin}, whose password must come from {@code DANVAN_ADMIN_PASSWORD}.
 */
@Component
@Order(20)
class AccountBootstrap implements ApplicationRunner {

	static final String DEMO_PASSWORD = "Danvan@2026";

	private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final OrgDirectory org;

	private final RunMode mode;

	private final DanvanSettings settings;

	private final Clock clock;

	AccountBootstrap(AccountRepository accounts, PasswordEncoder encoder, OrgDirectory org, RunMode mode,
			DanvanSettings settings, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.org = org;
		this.mode = mode;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.count() > 0) {
			return;
		}
		if (mode.isDemo()) {
			createDemoAccounts();
			return;
		}
		String password = settings.adminPassword();
		if (password == null || password.isBlank()) {
			throw new MissingAdminPasswordException();
		}
		PasswordPolicy.check("password", password, "admin");
		create("admin", password, "Quản trị hệ thống", null, new Grant(Role.ADMIN, null));
		log.info("Đã tạo tài khoản quản trị 'admin' với mật khẩu từ DANVAN_ADMIN_PASSWORD.");
	}

	/**
	 * The demo accounts in today's structure (two tiers since 1/7/2025): the board officers at the Ban Tuyên
	 * giáo và Dân vận Tỉnh ủy Đồng Tháp over the province — which, through the mergers, holds the old district's
	 * records — and the two commune officers at the new xã that took in their old communes (Bình Đức → xã Kim
	 * Sơn, Long Định → xã Long Định).
	 */
	private void createDemoAccounts() {
		Long province = unit("TU_DONG_THAP");
		Long board = unit("BTGDV_DONG_THAP");
		Long kimSon = unit("DUX_KIM_SON");
		Long longDinh = unit("DUX_LONG_DINH");
		create("admin", DEMO_PASSWORD, "Quản trị hệ thống", board, new Grant(Role.ADMIN, null));
		create("bandanvan", DEMO_PASSWORD, "Nguyễn Thị Thu Hà", board, new Grant(Role.BOARD_OFFICER, province));
		create("thamdinh", DEMO_PASSWORD, "Lê Minh Tâm", board, new Grant(Role.REVIEWER, province));
		create("binhduc", DEMO_PASSWORD, "Phạm Văn Đức", kimSon, new Grant(Role.UNIT_OFFICER, kimSon));
		create("longdinh", DEMO_PASSWORD, "Võ Thị Ngọc Lan", longDinh, new Grant(Role.UNIT_OFFICER, longDinh));
		create("bientap", DEMO_PASSWORD, "Mỹ Nhiên", board, new Grant(Role.EDITOR, province));
		create("kiemduyet", DEMO_PASSWORD, "Trương Hoàng Phúc", board, new Grant(Role.MODERATOR, province));
		log.info("Chế độ demo: đã tạo các tài khoản mẫu (mật khẩu {}).", DEMO_PASSWORD);
	}

	private Long unit(String code) {
		return org.unitByCode(code).map(OrgDirectory.UnitRef::id).orElse(null);
	}

	private void create(String username, String password, String displayName, Long homeUnitId, Grant grant) {
		Account account = new Account(username, encoder.encode(password), displayName, clock.instant());
		account.describe(displayName, null, null, homeUnitId);
		account.replaceGrants(List.of(grant));
		accounts.save(account);
	}

}
