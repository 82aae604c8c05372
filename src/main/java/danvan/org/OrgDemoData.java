package danvan.org;

import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.RunMode;

/**
 * The seed article's district on first start in demo mode: the district Party committee, its Mass
 * Mobilization Board, the councils, the Front and mass organisations, the grassroots-democracy steering
 * committee, ten communes and one town, each with its Khối Dân vận, and their officials.
 */
@Component
@Order(10)
class OrgDemoData implements ApplicationRunner {

	private static final String[][] COMMUNES = { { "BINH_DUC", "Bình Đức" }, { "LONG_DINH", "Long Định" },
			{ "TAM_HIEP", "Tam Hiệp" }, { "THANH_PHU", "Thạnh Phú" }, { "VINH_KIM", "Vĩnh Kim" },
			{ "DONG_HOA", "Đông Hòa" }, { "KIM_SON", "Kim Sơn" }, { "LONG_HUNG", "Long Hưng" },
			{ "DIEM_HY", "Điềm Hy" }, { "NHI_BINH", "Nhị Bình" } };

	private static final String[][] COMMUNE_LEADERS = { { "Phạm Văn Đức", "M" }, { "Võ Thị Ngọc Lan", "F" },
			{ "Huỳnh Văn Sang", "M" }, { "Đặng Thị Mỹ Linh", "F" }, { "Trần Quốc Việt", "M" },
			{ "Ngô Thị Bích Thủy", "F" }, { "Lê Văn Hùng", "M" }, { "Nguyễn Thị Kim Yến", "F" },
			{ "Bùi Văn Phước", "M" }, { "Châu Thị Hồng Nhung", "F" }, { "Đoàn Minh Trí", "M" } };

	private final OrgUnitRepository units;

	private final OrgUnitKindRepository kinds;

	private final OrgLevelRepository levels;

	private final OfficialRepository officials;

	private final RunMode mode;

	OrgDemoData(OrgUnitRepository units, OrgUnitKindRepository kinds, OrgLevelRepository levels,
			OfficialRepository officials, RunMode mode) {
		this.units = units;
		this.kinds = kinds;
		this.levels = levels;
		this.officials = officials;
		this.mode = mode;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!mode.isDemo() || units.count() > 0) {
			return;
		}
		OrgUnit province = unit("TU_TIEN_GIANG", "Tỉnh ủy Tiền Giang", "CAP_UY", "TINH", null);
		unit("BDV_TIEN_GIANG", "Ban Dân vận Tỉnh ủy Tiền Giang", "BAN_DAN_VAN", "TINH", province);
		OrgUnit district = unit("HU_CHAU_THANH", "Huyện ủy Châu Thành", "CAP_UY", "HUYEN", province);
		OrgUnit board = unit("BDV_CHAU_THANH", "Ban Dân vận Huyện ủy Châu Thành", "BAN_DAN_VAN", "HUYEN", district);
		OrgUnit council = unit("HDND_CHAU_THANH", "Hội đồng nhân dân huyện Châu Thành", "HDND", "HUYEN", district);
		OrgUnit committee = unit("UBND_CHAU_THANH", "Ủy ban nhân dân huyện Châu Thành", "UBND", "HUYEN", district);
		OrgUnit front = unit("MTTQ_CHAU_THANH", "Ủy ban MTTQ Việt Nam huyện Châu Thành", "MTTQ", "HUYEN", district);
		OrgUnit farmers = unit("HND_CHAU_THANH", "Hội Nông dân huyện Châu Thành", "HOI_NONG_DAN", "HUYEN", district);
		OrgUnit women = unit("HLHPN_CHAU_THANH", "Hội Liên hiệp Phụ nữ huyện Châu Thành", "HOI_PHU_NU", "HUYEN",
				district);
		OrgUnit youth = unit("HD_CHAU_THANH", "Huyện đoàn Châu Thành", "DOAN_THANH_NIEN", "HUYEN", district);
		OrgUnit veterans = unit("HCCB_CHAU_THANH", "Hội Cựu chiến binh huyện Châu Thành", "HOI_CUU_CHIEN_BINH",
				"HUYEN", district);
		OrgUnit unions = unit("LDLD_CHAU_THANH", "Liên đoàn Lao động huyện Châu Thành", "CONG_DOAN", "HUYEN",
				district);
		OrgUnit steering = unit("BCD_QCDC_CHAU_THANH", "Ban chỉ đạo thực hiện Quy chế dân chủ huyện Châu Thành",
				"BAN_CHI_DAO_QCDC", "HUYEN", district);
		unit("TGV_QCDC_CHAU_THANH", "Tổ giúp việc Ban chỉ đạo Quy chế dân chủ huyện", "TO_GIUP_VIEC", "HUYEN",
				steering);

		Official thang = official("Trần Văn Thắng", Gender.MALE, 1968, district,
				"Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện, Trưởng Ban chỉ đạo thực hiện Quy chế dân chủ huyện");
		thang.addPeriod(board, "Phó Trưởng Ban Dân vận Huyện ủy", LocalDate.of(2005, 3, 1), LocalDate.of(2010, 8, 31),
				true);
		thang.addPeriod(board, "Trưởng Ban Dân vận Huyện ủy", LocalDate.of(2010, 9, 1), LocalDate.of(2015, 9, 30),
				true);
		thang.addPeriod(district, "Phó Bí thư Thường trực Huyện ủy", LocalDate.of(2015, 10, 1), null, false);
		official("Nguyễn Thị Thu Hà", Gender.FEMALE, 1975, board, "Trưởng Ban Dân vận Huyện ủy")
			.addPeriod(women, "Chủ tịch Hội LHPN huyện", LocalDate.of(2008, 1, 1), LocalDate.of(2015, 9, 30), true);
		official("Lê Minh Tâm", Gender.MALE, 1979, board, "Phó Trưởng Ban Dân vận Huyện ủy")
			.addPeriod(board, "Chuyên viên Ban Dân vận", LocalDate.of(2006, 7, 1), LocalDate.of(2016, 6, 30), true);
		official("Mỹ Nhiên", Gender.FEMALE, 1990, board, "Chuyên viên Ban Dân vận Huyện ủy")
			.addPeriod(board, "Chuyên viên Ban Dân vận", LocalDate.of(2014, 2, 1), null, true);
		official("Trương Hoàng Phúc", Gender.MALE, 1986, board, "Chuyên viên Ban Dân vận Huyện ủy");
		official("Đỗ Thanh Bình", Gender.MALE, 1972, council, "Phó Chủ tịch HĐND huyện");
		official("Lâm Quốc Tuấn", Gender.MALE, 1974, committee, "Chủ tịch UBND huyện");
		official("Phan Thị Diệu Hiền", Gender.FEMALE, 1977, front, "Chủ tịch Ủy ban MTTQ Việt Nam huyện")
			.addPeriod(front, "Phó Chủ tịch Ủy ban MTTQ huyện", LocalDate.of(2009, 5, 1), LocalDate.of(2019, 12, 31),
					true);
		official("Hồ Văn Năm", Gender.MALE, 1970, farmers, "Chủ tịch Hội Nông dân huyện");
		official("Lý Thị Thanh Tuyền", Gender.FEMALE, 1982, women, "Chủ tịch Hội LHPN huyện");
		official("Nguyễn Hoàng Khang", Gender.MALE, 1992, youth, "Bí thư Huyện đoàn");
		official("Trịnh Văn Lợi", Gender.MALE, 1960, veterans, "Chủ tịch Hội Cựu chiến binh huyện");
		official("Mai Thị Kiều Oanh", Gender.FEMALE, 1980, unions, "Chủ tịch Liên đoàn Lao động huyện");

		for (int i = 0; i <= COMMUNES.length; i++) {
			boolean town = i == COMMUNES.length;
			String code = town ? "TAN_HIEP" : COMMUNES[i][0];
			String name = town ? "thị trấn Tân Hiệp" : "xã " + COMMUNES[i][1];
			OrgUnit commune = unit((town ? "TT_" : "XA_") + code, "Đảng ủy " + name, "CAP_UY", "XA", district);
			OrgUnit bloc = unit("KDV_" + code, "Khối Dân vận " + name, "KHOI_DAN_VAN", "XA", commune);
			String[] leader = COMMUNE_LEADERS[i];
			official(leader[0], "F".equals(leader[1]) ? Gender.FEMALE : Gender.MALE, 1975 + i, bloc,
					"Trưởng Khối Dân vận " + name)
				.addPeriod(bloc, "Trưởng Khối Dân vận", LocalDate.of(2012 + i % 6, 1 + i, 1), null, true);
		}
	}

	private OrgUnit unit(String code, String name, String kindCode, String levelCode, OrgUnit parent) {
		OrgUnitKind kind = kinds.findAll().stream().filter(k -> k.getCode().equals(kindCode)).findFirst().orElseThrow();
		OrgLevel level = levels.findAll().stream().filter(l -> l.getCode().equals(levelCode)).findFirst().orElseThrow();
		OrgUnit unit = units.save(new OrgUnit(code, name, kind, level));
		unit.placeUnder(parent);
		return unit;
	}

	private Official official(String name, Gender gender, int birthYear, OrgUnit unit, String position) {
		Official official = new Official(name, gender, unit);
		official.describe(name, gender, LocalDate.of(birthYear, 1 + name.length() % 12, 1 + name.length() % 27),
				null, null, unit, position);
		return officials.save(official);
	}

}
