package danvan.site;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.platform.RunMode;

/**
 * The demo's identity, set through the same record a production administrator fills in. This is the one
 * place that says whose site the demo is: {@link #BOARD} names the board's unit in the demo tree, and the rest
 * is its footer and print place. Re-pointing the demo at another board means changing this class only.
 */
@Component
@Order(15)
class SiteDemoData implements ApplicationRunner {

	/** The demo board: Ban Dân vận Huyện ủy Châu Thành in the 2020 district tree. */
	static final String BOARD = "BDV_CHAU_THANH";

	static final String PARENT_LINE = "Đảng bộ huyện Châu Thành";

	static final String ADDRESS = "Khu phố 2, thị trấn Tân Hiệp, huyện Châu Thành, tỉnh Tiền Giang";

	static final String PHONE = "0273 3831 234";

	static final String EMAIL = "bandanvan.chauthanh@example.vn";

	static final String PRINT_PLACE = "Châu Thành";

	private final SiteProfileRepository profiles;

	private final SiteIdentityService site;

	private final OrgDirectory org;

	private final RunMode mode;

	SiteDemoData(SiteProfileRepository profiles, SiteIdentityService site, OrgDirectory org, RunMode mode) {
		this.profiles = profiles;
		this.site = site;
		this.org = org;
		this.mode = mode;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!mode.isDemo() || profiles.existsById(SiteProfile.ID)) {
			return;
		}
		org.unitByCode(BOARD)
			.ifPresent(board -> site.saveAtStartup(new SiteDraft(board.id(), null, PARENT_LINE, ADDRESS, PHONE, EMAIL,
					null, null, PRINT_PLACE, "vi")));
	}

}
