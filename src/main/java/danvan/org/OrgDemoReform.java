package danvan.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The 2025 reform on the demo district, as data with its legal basis: Tiền Giang's Ban Dân vận and Ban Tuyên
 * giáo become one board on 6/2/2025; from 1/7/2025 tỉnh Đồng Tháp (Tiền Giang and Đồng Tháp merged) has two
 * tiers, Huyện ủy Châu Thành and the district's bodies end, and its communes become seven new xã
 * (Nghị quyết 1663/NQ-UBTVQH15, khoản 58–64), each with its Party committee and its staff bodies
 * (Quy định 298-QĐ/TW), People's Council and Committee, and its Front with the mass organisations in it.
 * Old units keep their names and their place in the old tree; each points at its successor.
 */
final class OrgDemoReform {

	static final LocalDate BOARDS_MERGED = LocalDate.of(2025, 2, 6);

	static final LocalDate DONG_THAP_BOARDS_MERGED = LocalDate.of(2025, 2, 3);

	static final LocalDate TWO_TIERS = LocalDate.of(2025, 7, 1);

	static final LocalDate TAN_LY_TAY_MERGED = LocalDate.of(2024, 11, 1);

	private static final String NQ_1202 = "Nghị quyết 1202/NQ-UBTVQH15 ngày 28/9/2024 của Ủy ban Thường vụ Quốc hội "
			+ "(hiệu lực từ 01/11/2024): nhập xã Tân Lý Tây vào thị trấn Tân Hiệp";

	private static final String TG_BOARDS = "Quyết định của Ban Thường vụ Tỉnh ủy Tiền Giang công bố ngày 06/02/2025 "
			+ "(Đề án 04-ĐA/TU ngày 27/12/2024): hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy";

	private static final String DT_BOARDS = "Quyết định của Ban Thường vụ Tỉnh ủy Đồng Tháp: hợp nhất nguyên trạng "
			+ "Ban Tuyên giáo và Ban Dân vận Tỉnh ủy kể từ ngày 03/02/2025";

	private static final String QD_326 = "Quyết định 326-QĐ/TW của Bộ Chính trị: thành lập Đảng bộ tỉnh Đồng Tháp "
			+ "trên cơ sở hợp nhất Đảng bộ tỉnh Đồng Tháp và Đảng bộ tỉnh Tiền Giang (hiệu lực từ 01/7/2025); "
			+ "Nghị quyết 202/2025/QH15 ngày 12/6/2025 của Quốc hội";

	private static final String PROVINCE_BOARD = "Hợp nhất Ban Tuyên giáo và Dân vận của hai Tỉnh ủy khi thành lập "
			+ "Đảng bộ tỉnh Đồng Tháp (Quyết định 326-QĐ/TW, từ 01/7/2025)";

	private static final String DISTRICT_ENDS = "Nghị quyết 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương: "
			+ "kết thúc hoạt động của đảng bộ và đơn vị hành chính cấp huyện từ ngày 01/7/2025; Quy định 294-QĐ/TW";

	private static final String COMMUNE_PARTY = "Quy định 294-QĐ/TW ngày 26/5/2025; quyết định của Ban Thường vụ "
			+ "Tỉnh ủy Đồng Tháp công bố ngày 30/6/2025: thành lập Đảng bộ xã trực thuộc Tỉnh ủy";

	private static final String STAFF_BODIES = "Quy định 298-QĐ/TW ngày 09/6/2025 của Ban Bí thư: Văn phòng, Ban Xây dựng "
			+ "Đảng, Cơ quan Ủy ban Kiểm tra của đảng ủy cấp xã";

	private static final String FRONT = "Hướng dẫn 31-HD/BTCTW ngày 23/4/2025: thành lập Ủy ban MTTQ Việt Nam cấp xã, "
			+ "các tổ chức chính trị – xã hội hoạt động trong Mặt trận";

	private static final String BLOC_TO_BOARD = "Quy định 298-QĐ/TW: công tác dân vận ở cấp xã do Ban Xây dựng Đảng "
			+ "của đảng ủy xã tham mưu";

	/**
	 * The new xã: code, name, khoản of Nghị quyết 1663/NQ-UBTVQH15, and the old units it took in (codes of
	 * {@link OrgDemoData#COMMUNES}).
	 */
	static final List<NewCommune> NEW_COMMUNES = List.of(
			new NewCommune("TAN_HUONG", "Tân Hương", 58, List.of("TAN_LY_DONG", "TAN_HOI_DONG", "TAN_HUONG")),
			new NewCommune("CHAU_THANH", "Châu Thành", 59, List.of("TAN_HIEP", "THAN_CUU_NGHIA", "LONG_AN")),
			new NewCommune("LONG_HUNG", "Long Hưng", 60, List.of("TAM_HIEP", "THANH_PHU", "LONG_HUNG")),
			new NewCommune("LONG_DINH", "Long Định", 61, List.of("NHI_BINH", "DONG_HOA", "LONG_DINH")),
			new NewCommune("BINH_TRUNG", "Bình Trưng", 62, List.of("DIEM_HY", "BINH_TRUNG")),
			new NewCommune("VINH_KIM", "Vĩnh Kim", 63, List.of("PHU_PHONG", "BAN_LONG", "VINH_KIM")),
			new NewCommune("KIM_SON", "Kim Sơn", 64, List.of("SONG_THUAN", "BINH_DUC", "KIM_SON")));

	record NewCommune(String code, String name, int clause, List<String> absorbed) {

		String basis() {
			return "Nghị quyết 1663/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội, khoản " + clause
					+ " Điều 1 (hiệu lực từ 01/7/2025)";
		}

	}

	private final OrgDemoData data;

	private final Map<String, OrgUnit> old;

	OrgDemoReform(OrgDemoData data, Map<String, OrgUnit> old) {
		this.data = data;
		this.old = old;
	}

	void apply() {
		OrgUnit tienGiang = old.get("TU_TIEN_GIANG");
		OrgUnit tgBoard = data.unit("BTGDV_TIEN_GIANG", "Ban Tuyên giáo và Dân vận Tỉnh ủy Tiền Giang",
				"BAN_TUYEN_GIAO_DAN_VAN", "TINH", tienGiang);
		tgBoard.establish(BOARDS_MERGED, TG_BOARDS);
		old.get("BDV_TIEN_GIANG").mergeInto(tgBoard, BOARDS_MERGED, TG_BOARDS);
		old.get("BTG_TIEN_GIANG").mergeInto(tgBoard, BOARDS_MERGED, TG_BOARDS);

		OrgUnit oldDongThap = data.unit("TU_DONG_THAP_CU", "Tỉnh ủy Đồng Tháp", "CAP_UY", "TINH", null);
		OrgUnit oldDtBoard = data.unit("BTGDV_DONG_THAP_CU", "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp",
				"BAN_TUYEN_GIAO_DAN_VAN", "TINH", oldDongThap);
		oldDtBoard.establish(DONG_THAP_BOARDS_MERGED, DT_BOARDS);

		OrgUnit province = data.unit("TU_DONG_THAP", "Tỉnh ủy Đồng Tháp", "CAP_UY", "TINH", null);
		province.establish(TWO_TIERS, QD_326);
		OrgUnit board = data.unit("BTGDV_DONG_THAP", "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp",
				"BAN_TUYEN_GIAO_DAN_VAN", "TINH", province);
		board.establish(TWO_TIERS, PROVINCE_BOARD);
		for (NewCommune commune : NEW_COMMUNES) {
			newCommune(province, commune);
		}

		old.get("KDV_TAN_LY_TAY").mergeInto(old.get("KDV_TAN_HIEP"), TAN_LY_TAY_MERGED, NQ_1202);
		old.get("XA_TAN_LY_TAY").mergeInto(old.get("TT_TAN_HIEP"), TAN_LY_TAY_MERGED, NQ_1202);
		moveOfficials(old.get("KDV_TAN_LY_TAY"), old.get("KDV_TAN_HIEP"), "Phó Trưởng Khối Dân vận thị trấn Tân Hiệp",
				TAN_LY_TAY_MERGED);
		for (NewCommune commune : NEW_COMMUNES) {
			mergeCommunes(commune);
		}
		transferDistrictOfficials(board);
		endDistrict(province, board);
		tgBoard.mergeInto(board, TWO_TIERS, PROVINCE_BOARD);
		oldDtBoard.mergeInto(board, TWO_TIERS, PROVINCE_BOARD);
		tienGiang.mergeInto(province, TWO_TIERS, QD_326);
		oldDongThap.mergeInto(province, TWO_TIERS, QD_326);
	}

	private void newCommune(OrgUnit province, NewCommune c) {
		String x = "xã " + c.name();
		OrgUnit party = data.unit("DUX_" + c.code(), "Đảng ủy " + x, "CAP_UY", "XA", province);
		party.establish(TWO_TIERS, COMMUNE_PARTY);
		established(data.unit("VPX_" + c.code(), "Văn phòng Đảng ủy " + x, "VAN_PHONG_CAP_UY", "XA", party), STAFF_BODIES);
		established(data.unit("BXDDX_" + c.code(), "Ban Xây dựng Đảng Đảng ủy " + x, "BAN_XAY_DUNG_DANG", "XA", party),
				STAFF_BODIES);
		established(data.unit("UBKTX_" + c.code(), "Cơ quan Ủy ban Kiểm tra Đảng ủy " + x, "CO_QUAN_UBKT", "XA", party),
				STAFF_BODIES);
		established(data.unit("HDNDX_" + c.code(), "Hội đồng nhân dân " + x, "HDND", "XA", party), c.basis());
		established(data.unit("UBNDX_" + c.code(), "Ủy ban nhân dân " + x, "UBND", "XA", party), c.basis());
		OrgUnit front = established(data.unit("MTTQX_" + c.code(), "Ủy ban MTTQ Việt Nam " + x, "MTTQ", "XA", party), FRONT);
		established(data.unit("HNDX_" + c.code(), "Hội Nông dân " + x, "HOI_NONG_DAN", "XA", front), FRONT);
		established(data.unit("HPNX_" + c.code(), "Hội Liên hiệp Phụ nữ " + x, "HOI_PHU_NU", "XA", front), FRONT);
		established(data.unit("DTNX_" + c.code(), "Đoàn Thanh niên Cộng sản Hồ Chí Minh " + x, "DOAN_THANH_NIEN", "XA",
				front), FRONT);
		established(data.unit("CCBX_" + c.code(), "Hội Cựu chiến binh " + x, "HOI_CUU_CHIEN_BINH", "XA", front), FRONT);
	}

	private static OrgUnit established(OrgUnit unit, String basis) {
		unit.establish(TWO_TIERS, basis);
		return unit;
	}

	/** Each old commune's Party committee merges into the new xã's; its Khối Dân vận into the Ban Xây dựng Đảng. */
	private void mergeCommunes(NewCommune c) {
		OrgUnit party = unitOf("DUX_" + c.code());
		OrgUnit buildingBoard = unitOf("BXDDX_" + c.code());
		for (String code : c.absorbed()) {
			String prefix = code.equals("TAN_HIEP") ? "TT_" : "XA_";
			OrgUnit bloc = old.get("KDV_" + code);
			moveOfficials(bloc, buildingBoard, "Phó Trưởng Ban Xây dựng Đảng Đảng ủy xã " + c.name(), TWO_TIERS);
			bloc.mergeInto(buildingBoard, TWO_TIERS, c.basis() + "; " + BLOC_TO_BOARD);
			old.get(prefix + code).mergeInto(party, TWO_TIERS, c.basis());
		}
	}

	/** Officials of the district's board go to the provincial board; the district's leaders to the new xã. */
	private void transferDistrictOfficials(OrgUnit board) {
		String staff = "Chuyên viên Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp";
		for (Official o : data.officialsOf(old.get("BDV_CHAU_THANH"))) {
			String position = o.getFullName().equals("Nguyễn Thị Thu Hà")
					? "Trưởng phòng Dân vận, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp" : staff;
			recordPostHeld(o);
			o.transfer(board, position, TWO_TIERS, true);
		}
		transferAll("HU_CHAU_THANH", "DUX_CHAU_THANH", "Bí thư Đảng ủy xã Châu Thành", false);
		transferAll("HDND_CHAU_THANH", "HDNDX_CHAU_THANH", "Chủ tịch HĐND xã Châu Thành", false);
		transferAll("UBND_CHAU_THANH", "UBNDX_CHAU_THANH", "Chủ tịch UBND xã Châu Thành", false);
		transferAll("MTTQ_CHAU_THANH", "MTTQX_CHAU_THANH", "Chủ tịch Ủy ban MTTQ Việt Nam xã Châu Thành", true);
		transferAll("HND_CHAU_THANH", "HNDX_CHAU_THANH", "Chủ tịch Hội Nông dân xã Châu Thành", true);
		transferAll("HLHPN_CHAU_THANH", "HPNX_CHAU_THANH", "Chủ tịch Hội LHPN xã Châu Thành", true);
		transferAll("HD_CHAU_THANH", "DTNX_CHAU_THANH", "Bí thư Đoàn xã Châu Thành", true);
		transferAll("HCCB_CHAU_THANH", "CCBX_CHAU_THANH", "Chủ tịch Hội Cựu chiến binh xã Châu Thành", true);
		transferAll("LDLD_CHAU_THANH", "MTTQX_CHAU_THANH", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Châu Thành", true);
	}

	/**
	 * The demo gives most officials their current post without a service period; before a transfer ends that
	 * post it is written down (from the day after the last recorded period, or the 2015–2020 term), so the 2020
	 * story still finds each official in the unit they served then. It does not count as mass-mobilization
	 * service, as it did not before the reform.
	 */
	private static void recordPostHeld(Official o) {
		if (o.getPeriods().stream().anyMatch(p -> p.getEndDate() == null)) {
			return;
		}
		LocalDate start = o.getPeriods().stream().map(ServicePeriod::getEndDate).max(LocalDate::compareTo)
			.map(end -> end.plusDays(1)).orElse(LocalDate.of(2015, 10, 1));
		if (start.isBefore(TWO_TIERS)) {
			o.addPeriod(o.getUnit(), o.getPosition(), start, TWO_TIERS.minusDays(1), false);
		}
	}

	private void transferAll(String from, String to, String position, boolean massMobilization) {
		OrgUnit target = unitOf(to);
		data.officialsOf(old.get(from)).forEach(o -> {
			recordPostHeld(o);
			o.transfer(target, position, TWO_TIERS, massMobilization);
		});
	}

	private void moveOfficials(OrgUnit from, OrgUnit to, String position, LocalDate on) {
		data.officialsOf(from).forEach(o -> {
			recordPostHeld(o);
			o.transfer(to, position, on, true);
		});
	}

	/**
	 * Huyện ủy Châu Thành hands over to Tỉnh ủy Đồng Tháp and its board to the provincial board; the district's
	 * councils, Front and mass organisations end with the district level.
	 */
	private void endDistrict(OrgUnit province, OrgUnit board) {
		for (String code : List.of("TGV_QCDC_CHAU_THANH", "BCD_QCDC_CHAU_THANH", "HDND_CHAU_THANH", "UBND_CHAU_THANH",
				"MTTQ_CHAU_THANH", "HND_CHAU_THANH", "HLHPN_CHAU_THANH", "HD_CHAU_THANH", "HCCB_CHAU_THANH",
				"LDLD_CHAU_THANH")) {
			old.get(code).endOn(TWO_TIERS, DISTRICT_ENDS);
		}
		old.get("BDV_CHAU_THANH").mergeInto(board, TWO_TIERS, DISTRICT_ENDS);
		old.get("HU_CHAU_THANH").mergeInto(province, TWO_TIERS, DISTRICT_ENDS);
	}

	private OrgUnit unitOf(String code) {
		return data.unitByCode(code);
	}

}
