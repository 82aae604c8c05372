package danvan.exemplar.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.exemplar.ExemplarKind;
import danvan.exemplar.Rating;
import danvan.exemplar.RecognitionLevel;
import danvan.exemplar.lifecycle.EvaluationDraft;
import danvan.exemplar.lifecycle.ExemplarLifecycle;
import danvan.exemplar.register.Exemplar;
import danvan.exemplar.register.ExemplarDraft;
import danvan.exemplar.register.ExemplarRepository;
import danvan.exemplar.register.ExemplarService;
import danvan.exemplar.review.StageReviews;
import danvan.org.OrgDirectory;
import danvan.platform.AppClock;
import danvan.platform.RunMode;
import danvan.platform.security.Actor;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;

/**
 * Forty exemplars: the 2015–2020 stage on the old district's communes (recognised at district level, ten honoured
 * at the conference of 8/10/2020, eight carried into 2020–2025 and improved), new ones of 2020–2025 and this
 * year's registrations on today's xã. The portal's articles name some of them; these are the same exemplars.
 */
@Component
@Order(46)
class ExemplarDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ExemplarDemoData.class);

	static final LocalDate CONFERENCE = LocalDate.of(2020, 10, 8);

	private record DemoOfficer(String username, List<Grant> grants) implements Actor {

		@Override
		public String displayName() {
			return username;
		}

		@Override
		public Long homeUnitId() {
			return null;
		}

	}

	/** One demo exemplar: where, what, and how far it got. */
	private record Spec(String unit, ExemplarKind kind, String name, String field, LocalDate registered,
			LocalDate evaluated, int score, LocalDate recognised, RecognitionLevel level, boolean typical,
			boolean honoured, LocalDate improved, Object... figures) {
	}

	/** A spec's score for one only registered; -1 is one discontinued, 0 one still implementing. */
	private static final int REGISTERED_ONLY = -2;

	private static final RecognitionLevel D = RecognitionLevel.DISTRICT;

	private static final RecognitionLevel C = RecognitionLevel.COMMUNE;

	private final RunMode mode;

	private final ExemplarRepository repository;

	private final ExemplarService exemplars;

	private final ExemplarLifecycle lifecycle;

	private final StageReviews reviews;

	private final OrgDirectory org;

	ExemplarDemoData(RunMode mode, ExemplarRepository repository, ExemplarService exemplars, ExemplarLifecycle lifecycle,
			StageReviews reviews, OrgDirectory org) {
		this.mode = mode;
		this.repository = repository;
		this.exemplars = exemplars;
		this.lifecycle = lifecycle;
		this.reviews = reviews;
		this.org = org;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Optional<Long> district = unit("HU_CHAU_THANH");
		if (!mode.isDemo() || repository.count() > 0 || district.isEmpty() || unit("DUX_KIM_SON").isEmpty()) {
			return;
		}
		Actor board = new DemoOfficer("bandanvan", List.of(new Grant(Role.ADMIN, null)));
		List<Long> honoured = new java.util.ArrayList<>();
		Map<Spec, Exemplar> made = new LinkedHashMap<>();
		for (Spec s : stage2015()) {
			Exemplar e = make(board, s);
			made.put(s, e);
			if (s.honoured()) {
				honoured.add(e.getId());
			}
		}
		at(CONFERENCE, () -> reviews.honour(board, "2015-2020", district.get(), honoured, CONFERENCE));
		Exemplar road = made.values().iterator().next();
		made.forEach((s, made1) -> {
			if (s.improved() != null) {
				Exemplar e = repository.findById(made1.getId()).orElseThrow();
				at(LocalDate.of(2021, 3, 15), () -> lifecycle.carry(board, e.getId(), e.getVersion()));
				improve(board, e, s);
			}
		});
		for (Spec s : stage2020()) {
			make(board, s);
		}
		Exemplar original = road;
		at(LocalDate.of(2022, 4, 12), () -> lifecycle.replicate(board, original.getId(), unit("XA_SONG_THUAN").orElseThrow(),
				"Hiến đất làm đường ở xã Song Thuận"));
		at(LocalDate.of(2023, 2, 20), () -> lifecycle.replicate(board, original.getId(), unit("XA_TAN_HUONG").orElseThrow(),
				"Hiến đất mở rộng đường liên ấp ở xã Tân Hương"));
		for (Spec s : thisYear()) {
			make(board, s);
		}
		log.info("Chế độ demo: đã tạo {} mô hình, điển hình \"Dân vận khéo\".", repository.count());
	}

	private Exemplar make(Actor board, Spec s) {
		Long unitId = unit(s.unit()).orElseThrow(() -> new IllegalStateException("demo unit " + s.unit()));
		Long officialId = s.kind() != ExemplarKind.INDIVIDUAL ? null : servedIn(unitId, s.registered());
		ExemplarKind kind = s.kind() == ExemplarKind.INDIVIDUAL && officialId == null ? ExemplarKind.COLLECTIVE : s.kind();
		Map<String, BigDecimal> figures = figures(s.figures(), 1.0);
		Exemplar e = at(s.registered(), () -> exemplars.register(board, new ExemplarDraft(kind, s.name(), unitId,
				officialId, s.field(), situation(s), objectives(s), method(s), "Nhân dân trên địa bàn " + place(s.unit()),
				"Ban Dân vận, Khối Dân vận " + place(s.unit()), "Ủy ban MTTQ và các đoàn thể", "Nhân dân các ấp", figures
					.getOrDefault("MONEY", BigDecimal.ZERO), 12, figures.getOrDefault("WORKDAYS", BigDecimal.ZERO).intValue(),
				"Nhân dân tự nguyện đóng góp, doanh nghiệp hỗ trợ", s.registered(), null, s.registered().plusYears(1),
				"Công trình, phần việc hoàn thành được Nhân dân đồng tình", "Giao chi bộ ấp duy trì; có thể nhân rộng ở các xã",
				place(s.unit()), null, null, Map.of())));
		LocalDate start = s.registered().plusDays(20);
		if (s.score() == REGISTERED_ONLY) {
			return e;
		}
		if (s.evaluated() == null && s.score() == 0) {
			at(start, () -> lifecycle.start(board, e.getId(), e.getVersion(), start, true,
					"Cam kết thực hiện đúng kế hoạch, công khai kết quả với Nhân dân"));
			return e;
		}
		at(start, () -> lifecycle.start(board, e.getId(), e.getVersion(), start, true,
				"Cam kết thực hiện đúng kế hoạch, công khai kết quả với Nhân dân"));
		if (s.score() < 0) {
			at(start.plusMonths(10), () -> lifecycle.discontinue(board, e.getId(), e.getVersion(),
					"Địa bàn giải tỏa để làm dự án, Nhân dân di dời; không còn điều kiện duy trì"));
			return e;
		}
		at(s.evaluated(), () -> lifecycle.evaluate(board, e.getId(), e.getVersion(), evaluation(s.evaluated(), s.score(), figures)));
		if (s.recognised() != null) {
			at(s.recognised(), () -> lifecycle.recognise(board, e.getId(), e.getVersion(), s.level(), s.recognised(),
					document(s), s.typical()));
		}
		return e;
	}

	/** An official who served in the unit when the exemplar started (the demo's are in the Khối Dân vận). */
	private Long servedIn(Long unitId, LocalDate day) {
		return org.officialsIn(unitId, day).stream().findFirst().map(OrgDirectory.OfficialRef::id).orElse(null);
	}

	private void improve(Actor board, Exemplar e, Spec s) {
		Map<String, BigDecimal> grown = figures(s.figures(), 1.6);
		at(s.improved(), () -> lifecycle.evaluate(board, e.getId(), e.getVersion(),
				evaluation(s.improved(), Math.min(100, s.score() + 6), grown)));
	}

	private static EvaluationDraft evaluation(LocalDate on, int score, Map<String, BigDecimal> figures) {
		int effect = Math.round(score * 0.4f);
		int mobilise = Math.round(score * 0.3f);
		int replicate = Math.min(30, score - effect - mobilise);
		Rating rating = score >= 90 ? Rating.EXCELLENT : score >= 75 ? Rating.GOOD : score >= 50 ? Rating.PASS : Rating.FAIL;
		return new EvaluationDraft(on, "Đoàn kiểm tra Ban Dân vận Huyện ủy",
				Map.of("EFFECT", effect, "MOBILISE", mobilise, "REPLICATE", replicate), rating,
				"Đạt các chỉ tiêu mô hình tự đặt ra", "Mô hình được Nhân dân đồng tình, hưởng ứng", figures);
	}

	private static Map<String, BigDecimal> figures(Object[] pairs, double growth) {
		Map<String, BigDecimal> map = new LinkedHashMap<>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			Number given = (Number) pairs[i + 1];
			double v = given.doubleValue() * growth;
			boolean whole = given instanceof Integer || given instanceof Long;
			map.put((String) pairs[i], BigDecimal.valueOf(v).setScale(whole ? 0 : 2, java.math.RoundingMode.HALF_UP));
		}
		return map;
	}

	private static String situation(Spec s) {
		// only the first letter: the rest holds place names ("xã Bình Đức") that keep their capitals
		String name = s.name().substring(0, 1).toLowerCase(java.util.Locale.ROOT) + s.name().substring(1);
		return "Trước khi có mô hình, " + name + " là nhu cầu bức xúc của Nhân dân nhưng chưa có cách làm phù hợp.";
	}

	private static String objectives(Spec s) {
		return "Phát huy vai trò chủ thể của Nhân dân; hoàn thành các chỉ tiêu đề ra trong một năm.";
	}

	private static String method(Spec s) {
		return "Cán bộ đến từng nhà vận động, công khai kế hoạch, để Nhân dân bàn bạc, quyết định và giám sát.";
	}

	private static String document(Spec s) {
		return s.level() == RecognitionLevel.COMMUNE ? "Quyết định công nhận của Đảng ủy xã"
				: "Quyết định công nhận của Ban Thường vụ Huyện ủy Châu Thành";
	}

	private String place(String code) {
		return org.unitByCode(code).map(u -> u.name().replace("Đảng ủy ", "").replace("Khối Dân vận ", "")).orElse("");
	}

	private static Spec rec(String unit, ExemplarKind kind, String name, String field, int year, LocalDate recognised,
			RecognitionLevel level, boolean typical, boolean honoured, LocalDate improved, Object... figures) {
		return new Spec(unit, kind, name, field, LocalDate.of(year, 3, 10), recognised.minusMonths(2), typical ? 94 : 82,
				recognised, level, typical, honoured, improved, figures);
	}

	private static List<Spec> stage2015() {
		ExemplarKind m = ExemplarKind.MODEL;
		ExemplarKind col = ExemplarKind.COLLECTIVE;
		ExemplarKind ind = ExemplarKind.INDIVIDUAL;
		LocalDate r19 = LocalDate.of(2019, 11, 20);
		LocalDate r20 = LocalDate.of(2020, 6, 18);
		LocalDate i23 = LocalDate.of(2023, 10, 5);
		return List.of(
				rec("XA_BINH_DUC", m, "Hiến đất làm đường ở xã Bình Đức", "ECONOMY", 2016, r19, D, true, true, i23,
						"HOUSEHOLDS", 42, "ROAD_KM", 2.3, "LAND_M2", 4600, "MONEY", 1850000000L, "WORKDAYS", 2100, "PEOPLE", 860),
				rec("XA_THANH_PHU", m, "Nhà sạch, vườn đẹp ở xã Thạnh Phú", "CULTURE_SOCIETY", 2016, r19, D, true, true, i23,
						"HOUSEHOLDS", 1240, "PEOPLE", 4300, "WORKDAYS", 5200),
				rec("XA_VINH_KIM", col, "Tổ hợp tác cựu chiến binh giúp nhau làm kinh tế", "ECONOMY", 2016, r19, D, false, true,
						i23, "HOUSEHOLDS", 12, "MONEY", 480000000L, "PEOPLE", 45),
				rec("TT_TAN_HIEP", m, "Chợ an toàn, văn minh ở thị trấn Tân Hiệp", "CULTURE_SOCIETY", 2017, r19, D, true, true,
						i23, "PEOPLE", 3500, "HOUSEHOLDS", 210),
				rec("XA_KIM_SON", col, "Tổ tự quản đường hoa ấp Kim Thạnh", "CULTURE_SOCIETY", 2017, r19, D, false, true, i23,
						"HOUSEHOLDS", 18, "ROAD_KM", 1, "MONEY", 65000000L, "WORKDAYS", 640),
				rec("XA_LONG_DINH", m, "Dân vận khéo trong xây dựng cầu dân sinh ở xã Long Định", "ECONOMY", 2016, r19, D, false,
						true, i23, "BRIDGES", 6, "MONEY", 1320000000L, "WORKDAYS", 1500, "PEOPLE", 2400),
				rec("XA_TAM_HIEP", m, "Tổ an ninh tự quản ấp Tam Hòa", "DEFENCE_SECURITY", 2017, r19, D, false, true, i23,
						"HOUSEHOLDS", 320, "PEOPLE", 1150),
				rec("KDV_BAN_LONG", ind, "Trưởng ấp vận động Nhân dân chuyển đổi cây trồng", "ECONOMY", 2017, r19, D, false, false,
						i23, "HOUSEHOLDS", 96, "PEOPLE", 310),
				rec("XA_LONG_HUNG", m, "Mái ấm tình thương cho hộ nghèo xã Long Hưng", "CULTURE_SOCIETY", 2017, r20, D, true,
						true, null, "HOUSES", 24, "MONEY", 1200000000L, "WORKDAYS", 900, "HOUSEHOLDS", 24),
				rec("XA_DIEM_HY", m, "Chi bộ ấp gắn với dân, lắng nghe dân", "POLITICAL_SYSTEM", 2018, r20, D, false, true, null,
						"PEOPLE", 1800),
				rec("XA_NHI_BINH", col, "Hội Phụ nữ xã Nhị Bình với mô hình tiết kiệm xoay vòng", "ECONOMY", 2018, r20, D, true,
						true, null, "HOUSEHOLDS", 150, "MONEY", 900000000L),
				rec("XA_TAN_LY_DONG", m, "Camera an ninh do Nhân dân đóng góp", "DEFENCE_SECURITY", 2018, r20, D, false, false,
						null, "MONEY", 350000000L, "HOUSEHOLDS", 640),
				rec("XA_TAN_HOI_DONG", m, "Đoàn viên thanh niên giúp người già neo đơn", "CULTURE_SOCIETY", 2018, r20, D, false,
						false, null, "PEOPLE", 85, "WORKDAYS", 420),
				rec("XA_PHU_PHONG", m, "Dân vận khéo trong thu gom, phân loại rác", "CULTURE_SOCIETY", 2018, r20, D, false,
						false, null, "HOUSEHOLDS", 780),
				rec("XA_BAN_LONG", m, "Nước sạch cho khu dân cư ấp Long Thạnh", "ECONOMY", 2017, r19, C, false, false, null,
						"HOUSEHOLDS", 130, "MONEY", 410000000L),
				rec("KDV_LONG_AN", ind, "Tổ trưởng tổ hòa giải giỏi", "POLITICAL_SYSTEM", 2017, r19, C, false, false, null,
						"PEOPLE", 120),
				rec("XA_BINH_TRUNG", m, "Sân chơi cho thiếu nhi ở ấp", "CULTURE_SOCIETY", 2018, r19, C, false, false, null,
						"PEOPLE", 400, "MONEY", 150000000L),
				new Spec("XA_THAN_CUU_NGHIA", m, "Đường điện sáng ấp Nhân Hòa", "ECONOMY", LocalDate.of(2018, 5, 4),
						LocalDate.of(2020, 8, 20), 70, null, null, false, false, null, "HOUSEHOLDS", 60, "MONEY", 220000000L),
				new Spec("XA_SONG_THUAN", col, "Tổ vận động đóng bảo hiểm y tế hộ gia đình", "CULTURE_SOCIETY",
						LocalDate.of(2018, 6, 1), LocalDate.of(2020, 9, 2), 64, null, null, false, false, null, "PEOPLE", 930),
				new Spec("XA_TAN_LY_TAY", m, "Vườn cây ăn trái kiểu mẫu", "ECONOMY", LocalDate.of(2018, 2, 1), null, -1, null,
						null, false, false, null));
	}

	private static List<Spec> stage2020() {
		ExemplarKind m = ExemplarKind.MODEL;
		ExemplarKind col = ExemplarKind.COLLECTIVE;
		ExemplarKind ind = ExemplarKind.INDIVIDUAL;
		return List.of(
				rec("XA_BINH_DUC", m, "Ngày Chủ nhật xanh ở xã Bình Đức", "CULTURE_SOCIETY", 2021, LocalDate.of(2023, 5, 10), D,
						true, false, null, "WORKDAYS", 1800, "PEOPLE", 2600),
				rec("XA_VINH_KIM", m, "Dân vận khéo trong giải phóng mặt bằng đường tỉnh", "ECONOMY", 2021,
						LocalDate.of(2023, 8, 14), D, true, false, null, "LAND_M2", 18200, "HOUSEHOLDS", 86),
				rec("XA_LONG_DINH", col, "Tổ công tác hỗ trợ làm thủ tục trực tuyến", "POLITICAL_SYSTEM", 2022,
						LocalDate.of(2024, 3, 12), D, false, false, null, "PEOPLE", 5200),
				rec("XA_KIM_SON", m, "Chung tay xây nhà đại đoàn kết", "CULTURE_SOCIETY", 2022, LocalDate.of(2024, 6, 7), D,
						true, false, null, "HOUSES", 31, "MONEY", 1550000000L, "WORKDAYS", 1240),
				rec("KDV_THANH_PHU", ind, "Người có uy tín vận động con em về địa phương lập nghiệp", "ECONOMY", 2022,
						LocalDate.of(2024, 9, 18), D, false, false, null, "PEOPLE", 38),
				rec("XA_TAM_HIEP", m, "Ấp không có tội phạm và tệ nạn xã hội", "DEFENCE_SECURITY", 2021,
						LocalDate.of(2023, 11, 2), D, false, false, null, "HOUSEHOLDS", 540),
				rec("XA_DONG_HOA", col, "Chi hội nông dân nghề nghiệp trồng bưởi", "ECONOMY", 2022, LocalDate.of(2024, 4, 22), C,
						false, false, null, "HOUSEHOLDS", 44, "MONEY", 260000000L),
				new Spec("XA_LONG_HUNG", m, "Bữa cơm nghĩa tình cho bệnh nhân nghèo", "CULTURE_SOCIETY", LocalDate.of(2023, 4, 3),
						LocalDate.of(2024, 10, 1), 78, null, null, false, false, null, "PEOPLE", 6200, "MONEY", 380000000L),
				new Spec("XA_DIEM_HY", m, "Tuyến đường không rác ấp Hòa Lạc", "CULTURE_SOCIETY", LocalDate.of(2023, 9, 12),
						LocalDate.of(2025, 3, 3), 72, null, null, false, false, null, "HOUSEHOLDS", 215),
				new Spec("XA_NHI_BINH", m, "Khu dân cư an toàn phòng cháy", "DEFENCE_SECURITY", LocalDate.of(2024, 7, 1), null, 0,
						null, null, false, false, null));
	}

	private static List<Spec> thisYear() {
		LocalDate today = LocalDate.now(AppClock.VIETNAM);
		int y = today.getYear();
		LocalDate early = LocalDate.of(y, 2, 15);
		LocalDate mid = LocalDate.of(y, 6, 1).isAfter(today) ? today.minusDays(30) : LocalDate.of(y, 6, 1);
		LocalDate recent = today.minusDays(10);
		ExemplarKind m = ExemplarKind.MODEL;
		return List.of(
				new Spec("DUX_LONG_HUNG", m, "Tổ công nghệ số cộng đồng xã Long Hưng", "POLITICAL_SYSTEM", early, null, 0, null,
						null, false, false, null, "PEOPLE", 1400),
				new Spec("DUX_KIM_SON", m, "Dân vận khéo trong vận động hiến đất mở rộng đường liên xã", "ECONOMY", early,
						null, 0, null, null, false, false, null, "HOUSEHOLDS", 40, "ROAD_KM", 3.1),
				new Spec("DUX_LONG_DINH", m, "Mỗi hội viên một phần việc vì cộng đồng", "CULTURE_SOCIETY", mid, null, 0, null,
						null, false, false, null, "PEOPLE", 600),
				new Spec("DUX_VINH_KIM", ExemplarKind.COLLECTIVE, "Tổ tự quản bảo vệ môi trường kênh rạch", "CULTURE_SOCIETY", mid,
						null, 0, null, null, false, false, null, "HOUSEHOLDS", 120),
				new Spec("DUX_TAN_HUONG", m, "Chợ phiên nông sản sạch xã Tân Hương", "ECONOMY", recent, null, REGISTERED_ONLY, null, null,
						false, false, null),
				new Spec("DUX_CHAU_THANH", m, "Camera vì an ninh trật tự xã Châu Thành", "DEFENCE_SECURITY", recent, null, REGISTERED_ONLY,
						null, null, false, false, null),
				new Spec("DUX_BINH_TRUNG", m, "Điểm đọc sách cộng đồng ở ấp", "CULTURE_SOCIETY", recent, null, REGISTERED_ONLY, null, null,
						false, false, null),
				new Spec("DUX_LONG_DINH", m, "Tổ hòa giải ở cơ sở gắn với dân", "POLITICAL_SYSTEM", recent, null, REGISTERED_ONLY, null, null,
						false, false, null));
	}

	private static <T> T at(LocalDate day, Supplier<T> work) {
		return AppClock.asOf(LocalDateTime.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), 9, 0), work);
	}

	private Optional<Long> unit(String code) {
		return org.unitByCode(code).map(OrgDirectory.UnitRef::id);
	}

}
