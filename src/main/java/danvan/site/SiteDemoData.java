package danvan.site;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.platform.RunMode;

/**
 * The demo's identity, set through the same record a production administrator fills in. This is the one
 * place that says whose site the demo is: {@link #BOARDS} names the board's unit in the demo tree with its
 * footer and print place; the first one that is an active unit of the tree is used. Re-pointing the demo at
 * another board means changing this list only.
 */
@Component
@Order(15)
class SiteDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SiteDemoData.class);

	/** A board of the demo tree and what its portal's footer and printed documents say. */
	record DemoBoard(String unitCode, String parentLine, String address, String phone, String email, String printPlace) {
	}

	/**
	 * Today's board of the two-tier demo (provinces merged 1/7/2025), then the 2020 district's board of the
	 * seed article, for a tree that has no two-tier part. Addresses and contacts are made up for the demo.
	 */
	static final List<DemoBoard> BOARDS = List.of(
			new DemoBoard("BTGDV_DONG_THAP", "Đảng bộ tỉnh Đồng Tháp", "Số 1, đường 30 Tháng 4, phường Mỹ Tho, tỉnh Đồng Tháp",
					"0273 3872 100", "bantuyengiaodanvan@dongthap.example.vn", "Đồng Tháp"),
			new DemoBoard("BDV_CHAU_THANH", "Đảng bộ huyện Châu Thành",
					"Khu phố 2, thị trấn Tân Hiệp, huyện Châu Thành, tỉnh Tiền Giang", "0273 3831 234",
					"bandanvan.chauthanh@example.vn", "Châu Thành"));

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
		for (DemoBoard board : BOARDS) {
			Optional<OrgDirectory.UnitRef> unit = org.unitByCode(board.unitCode()).filter(OrgDirectory.UnitRef::active);
			if (unit.isPresent()) {
				site.saveAtStartup(new SiteDraft(unit.get().id(), null, board.parentLine(), board.address(), board.phone(),
						board.email(), null, null, board.printPlace(), "vi"));
				return;
			}
		}
		log.warn("Chế độ demo: không có đơn vị nào trong {} để làm đơn vị sở hữu cổng thông tin.",
				BOARDS.stream().map(DemoBoard::unitCode).toList());
	}

}
