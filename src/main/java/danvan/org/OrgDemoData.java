package danvan.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.RunMode;

/**
 * The seed article's district on first start in demo mode, as it stood in 2020 — Tỉnh ủy Tiền Giang →
 * Huyện ủy Châu Thành with its board, councils, Front, mass organisations, the grassroots-democracy steering
 * committee and the twenty communes and the town that the 2025 reform merged, each with its Khối Dân vận and
 * its head — and then the reform itself ({@link OrgDemoReform}): the boards' merger of 6/2/2025 and the two
 * tiers of tỉnh Đồng Tháp from 1/7/2025.
 */
@Component
@Order(10)
class OrgDemoData implements ApplicationRunner {

	/**
	 * The communes of the district before 2025 (code, name, head of its Khối Dân vận, gender). The first ten
	 * and the town are the seed's; the others complete the 2025 mergers (Nghị quyết 1663/NQ-UBTVQH15,
	 * khoản 58–64) and the 2024 one (Tân Lý Tây into thị trấn Tân Hiệp).
	 */
	static final String[][] COMMUNES = { { "BINH_DUC", "Bình Đức", "Phạm Văn Đức", "M" },
			{ "LONG_DINH", "Long Định", "Võ Thị Ngọc Lan", "F" }, { "TAM_HIEP", "Tam Hiệp", "Huỳnh Văn Sang", "M" },
			{ "THANH_PHU", "Thạnh Phú", "Đặng Thị Mỹ Linh", "F" }, { "VINH_KIM", "Vĩnh Kim", "Trần Quốc Việt", "M" },
			{ "DONG_HOA", "Đông Hòa", "Ngô Thị Bích Thủy", "F" }, { "KIM_SON", "Kim Sơn", "Lê Văn Hùng", "M" },
			{ "LONG_HUNG", "Long Hưng", "Nguyễn Thị Kim Yến", "F" }, { "DIEM_HY", "Điềm Hy", "Bùi Văn Phước", "M" },
			{ "NHI_BINH", "Nhị Bình", "Châu Thị Hồng Nhung", "F" },
			{ "TAN_HIEP", "thị trấn Tân Hiệp", "Đoàn Minh Trí", "M" },
			{ "TAN_LY_DONG", "Tân Lý Đông", "Phan Văn Lộc", "M" }, { "TAN_HOI_DONG", "Tân Hội Đông", "Lê Thị Mộng Tuyền", "F" },
			{ "TAN_HUONG", "Tân Hương", "Nguyễn Văn Khải", "M" }, { "THAN_CUU_NGHIA", "Thân Cửu Nghĩa", "Trần Thị Thanh Thúy", "F" },
			{ "LONG_AN", "Long An", "Võ Văn Tài", "M" }, { "BINH_TRUNG", "Bình Trưng", "Huỳnh Thị Ngọc Hạnh", "F" },
			{ "PHU_PHONG", "Phú Phong", "Đặng Văn Toàn", "M" }, { "BAN_LONG", "Bàn Long", "Lý Thị Kim Phượng", "F" },
			{ "SONG_THUAN", "Song Thuận", "Ngô Văn Thành", "M" }, { "TAN_LY_TAY", "Tân Lý Tây", "Trương Thị Bé Ba", "F" } };

	private final OrgUnitRepository units;

	private final OrgUnitKindRepository kinds;

	private final OrgLevelRepository levels;

	private final OfficialRepository officials;

	private final RunMode mode;

	private final Map<String, OrgUnit> created = new LinkedHashMap<>();

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
		Map<String, OrgUnit> before = district2020();
		new OrgDemoReform(this, before).apply();
	}

	/** The units as they stood in 2020, by code. */
	private Map<String, OrgUnit> district2020() {
		Map<String, OrgUnit> made = new LinkedHashMap<>();
		OrgUnit province = keep(made, unit("TU_TIEN_GIANG", "Tỉnh ủy Tiền Giang", "CAP_UY", "TINH", null));
		keep(made, unit("BDV_TIEN_GIANG", "Ban Dân vận Tỉnh ủy Tiền Giang", "BAN_DAN_VAN", "TINH", province));
		OrgUnit district = keep(made, unit("HU_CHAU_THANH", "Huyện ủy Châu Thành", "CAP_UY", "HUYEN", province));
		OrgUnit board = keep(made, unit("BDV_CHAU_THANH", "Ban Dân vận Huyện ủy Châu Thành", "BAN_DAN_VAN", "HUYEN", district));
		OrgUnit council = keep(made, unit("HDND_CHAU_THANH", "Hội đồng nhân dân huyện Châu Thành", "HDND", "HUYEN", district));
		OrgUnit committee = keep(made, unit("UBND_CHAU_THANH", "Ủy ban nhân dân huyện Châu Thành", "UBND", "HUYEN", district));
		OrgUnit front = keep(made, unit("MTTQ_CHAU_THANH", "Ủy ban MTTQ Việt Nam huyện Châu Thành", "MTTQ", "HUYEN", district));
		OrgUnit farmers = keep(made, unit("HND_CHAU_THANH", "Hội Nông dân huyện Châu Thành", "HOI_NONG_DAN", "HUYEN", district));
		OrgUnit women = keep(made, unit("HLHPN_CHAU_THANH", "Hội Liên hiệp Phụ nữ huyện Châu Thành", "HOI_PHU_NU", "HUYEN",
				district));
		OrgUnit youth = keep(made, unit("HD_CHAU_THANH", "Huyện đoàn Châu Thành", "DOAN_THANH_NIEN", "HUYEN", district));
		OrgUnit veterans = keep(made, unit("HCCB_CHAU_THANH", "Hội Cựu chiến binh huyện Châu Thành", "HOI_CUU_CHIEN_BINH",
				"HUYEN", district));
		OrgUnit unions = keep(made, unit("LDLD_CHAU_THANH", "Liên đoàn Lao động huyện Châu Thành", "CONG_DOAN", "HUYEN",
				district));
		OrgUnit steering = keep(made, unit("BCD_QCDC_CHAU_THANH", "Ban chỉ đạo thực hiện Quy chế dân chủ huyện Châu Thành",
				"BAN_CHI_DAO_QCDC", "HUYEN", district));
		keep(made, unit("TGV_QCDC_CHAU_THANH", "Tổ giúp việc Ban chỉ đạo Quy chế dân chủ huyện", "TO_GIUP_VIEC", "HUYEN",
				steering));

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

		for (int i = 0; i < COMMUNES.length; i++) {
			String[] c = COMMUNES[i];
			boolean town = c[0].equals("TAN_HIEP");
			String name = town ? c[1] : "xã " + c[1];
			OrgUnit commune = keep(made, unit((town ? "TT_" : "XA_") + c[0], "Đảng ủy " + name, "CAP_UY", "XA", district));
			OrgUnit bloc = keep(made, unit("KDV_" + c[0], "Khối Dân vận " + name, "KHOI_DAN_VAN", "XA", commune));
			official(c[2], "F".equals(c[3]) ? Gender.FEMALE : Gender.MALE, 1975 + i % 11, bloc, "Trưởng Khối Dân vận " + name)
				.addPeriod(bloc, "Trưởng Khối Dân vận", LocalDate.of(2012 + i % 6, 1 + i % 11, 1), null, true);
		}
		keep(made, unit("BTG_TIEN_GIANG", "Ban Tuyên giáo Tỉnh ủy Tiền Giang", "BAN_TUYEN_GIAO", "TINH", province));
		return made;
	}

	private static OrgUnit keep(Map<String, OrgUnit> made, OrgUnit unit) {
		made.put(unit.getCode(), unit);
		return unit;
	}

	OrgUnit unit(String code, String name, String kindCode, String levelCode, OrgUnit parent) {
		OrgUnitKind kind = kinds.findAll().stream().filter(k -> k.getCode().equals(kindCode)).findFirst().orElseThrow();
		OrgLevel level = levels.findAll().stream().filter(l -> l.getCode().equals(levelCode)).findFirst().orElseThrow();
		OrgUnit unit = units.save(new OrgUnit(code, name, kind, level));
		unit.placeUnder(parent);
		created.put(code, unit);
		return unit;
	}

	OrgUnit unitByCode(String code) {
		OrgUnit unit = created.get(code);
		if (unit == null) {
			throw new IllegalStateException("demo unit " + code + " not made yet");
		}
		return unit;
	}

	Official official(String name, Gender gender, int birthYear, OrgUnit unit, String position) {
		Official official = new Official(name, gender, unit);
		official.describe(name, gender, LocalDate.of(birthYear, 1 + name.length() % 12, 1 + name.length() % 27),
				null, null, unit, position);
		return officials.save(official);
	}

	/** The officials working in {@code unit} now. */
	List<Official> officialsOf(OrgUnit unit) {
		return new ArrayList<>(officials.findByUnitIdAndActiveTrueOrderByFullName(unit.getId()));
	}

}
