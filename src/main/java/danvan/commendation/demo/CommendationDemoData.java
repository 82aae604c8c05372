package danvan.commendation.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import danvan.org.OrgDirectory;
import danvan.org.OrgDirectory.OfficialRef;
import danvan.org.OrgDirectory.UnitRef;
import danvan.platform.AppClock;
import danvan.platform.RunMode;
import danvan.platform.documents.DocumentFamily;
import danvan.platform.documents.SigningAuthority;
import danvan.platform.security.Actor;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;

import danvan.commendation.RecipientKind;
import danvan.commendation.catalog.AwardType;
import danvan.commendation.catalog.CatalogService;
import danvan.commendation.catalog.Issuer;
import danvan.commendation.catalog.IssuerRepository;
import danvan.commendation.catalog.Numbering;
import danvan.commendation.decision.Decision;
import danvan.commendation.decision.DecisionDraft;
import danvan.commendation.decision.DecisionRepository;
import danvan.commendation.decision.DecisionService;
import danvan.commendation.decision.RecipientDraft;
import danvan.commendation.nomination.Nomination;
import danvan.commendation.nomination.NominationService;
import danvan.commendation.registry.Commendation;
import danvan.commendation.registry.CommendationRepository;

/**
 * The seed's story in demo mode: the district board (Ban Dân vận Huyện ủy Châu Thành, 2020 term) commends 6
 * collectives and 21 individuals in October 2020 (decision 125-QĐ/BDVHU, the paper register having reached
 * 124), earlier years' awards from the paper register, and a draft decision. Units and officials are looked up
 * by code and name in the 2020 district; what is missing is skipped.
 */
@Component
@Order(60)
public class CommendationDemoData implements ApplicationRunner {

	public static final String BOARD_ISSUER = "BDV_HU_CHAU_THANH";

	private static final Logger log = LoggerFactory.getLogger(CommendationDemoData.class);

	/** The conference's day: the 2020 story's people are found where they served then, not where they serve now. */
	private static final LocalDate STORY_DAY = LocalDate.of(2020, 10, 8);

	private static final String[] COMMUNE_CODES = { "BINH_DUC", "LONG_DINH", "TAM_HIEP", "THANH_PHU", "VINH_KIM",
			"DONG_HOA", "KIM_SON", "LONG_HUNG", "DIEM_HY", "NHI_BINH" };

	private static final String[] DISTRICT_UNITS = { "BDV_CHAU_THANH", "HU_CHAU_THANH", "HDND_CHAU_THANH",
			"UBND_CHAU_THANH", "MTTQ_CHAU_THANH", "HND_CHAU_THANH", "HLHPN_CHAU_THANH", "HD_CHAU_THANH",
			"HCCB_CHAU_THANH", "LDLD_CHAU_THANH" };

	private final IssuerRepository issuers;

	private final CommendationRepository registry;

	private final DecisionRepository decisions;

	private final CatalogService catalog;

	private final DecisionService decisionService;

	private final OrgDirectory org;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final NominationService nominations;

	private final RunMode mode;

	CommendationDemoData(IssuerRepository issuers, CommendationRepository registry, DecisionRepository decisions,
			CatalogService catalog, DecisionService decisionService, OrgDirectory org, JdbcTemplate jdbc,
			TransactionTemplate tx, RunMode mode, NominationService nominations) {
		this.nominations = nominations;
		this.issuers = issuers;
		this.registry = registry;
		this.decisions = decisions;
		this.catalog = catalog;
		this.decisionService = decisionService;
		this.org = org;
		this.jdbc = jdbc;
		this.tx = tx;
		this.mode = mode;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!mode.isDemo() || issuers.count() > 0 || org.unitByCode("BDV_CHAU_THANH").isEmpty()) {
			return;
		}
		Issuer board = tx.execute(status -> issuers());
		tx.executeWithoutResult(status -> history());
		AppClock.asOf(LocalDateTime.of(2020, 10, 12, 9, 0), () -> tx.executeWithoutResult(s -> october2020(board)));
		AppClock.asOf(LocalDateTime.of(2020, 12, 10, 9, 0), () -> tx.executeWithoutResult(s -> draft(board)));
		medalNomination();
		log.info("Demo commendations: {} registry rows, {} decisions", registry.count(), decisions.count());
	}

	private Issuer issuers() {
		Long boardUnit = org.unitByCode("BDV_CHAU_THANH").map(UnitRef::id).orElse(null);
		Issuer board = new Issuer(BOARD_ISSUER, "BDVHU", DocumentFamily.PARTY, Numbering.TERM, "Châu Thành",
				boardUnit, "Ban Dân vận");
		board.addName("Ban Dân vận", "Huyện ủy Châu Thành", null, LocalDate.of(1990, 1, 1), LocalDate.of(2025, 6, 30));
		board.addTerm("2015-2020", LocalDate.of(2015, 8, 1), LocalDate.of(2020, 7, 31));
		board.addTerm("2020-2025", LocalDate.of(2020, 8, 1), LocalDate.of(2025, 6, 30));
		board.defaultSigner("Nguyễn Thị Thu Hà", "Trưởng Ban", SigningAuthority.DIRECT, null);
		issuers.save(board);
		// the paper register of the 2020-2025 term had reached 124 when danvan took over
		jdbc.update("insert into commendation_number_counter (issuer_id, doc_type, period_key, last_number) "
				+ "values (?, 'QĐ', '2020-2025', 124)", board.getId());

		Issuer committee = new Issuer("UBND_CHAU_THANH", "UBND", DocumentFamily.STATE, Numbering.CALENDAR_YEAR,
				"Châu Thành", org.unitByCode("UBND_CHAU_THANH").map(UnitRef::id).orElse(null), "VT, NV");
		committee.addName("Ủy ban nhân dân huyện Châu Thành", null, null, LocalDate.of(1990, 1, 1),
				LocalDate.of(2025, 6, 30));
		committee.defaultSigner("Lâm Quốc Tuấn", "Chủ tịch", SigningAuthority.ON_BEHALF, "Ủy ban nhân dân");
		issuers.save(committee);

		Issuer province = new Issuer("BTGDV_TINH_UY", "BTGDVTU", DocumentFamily.PARTY, Numbering.TERM, "Cao Lãnh",
				org.unitByCode("BDV_TIEN_GIANG").map(UnitRef::id).orElse(null), "Văn phòng Ban");
		province.addName("Ban Dân vận", "Tỉnh ủy Tiền Giang", "BDVTU", LocalDate.of(1990, 1, 1),
				LocalDate.of(2025, 2, 28));
		province.addName("Ban Tuyên giáo và Dân vận", "Tỉnh ủy Tiền Giang", "BTGDVTU", LocalDate.of(2025, 3, 1),
				LocalDate.of(2025, 6, 30));
		province.addName("Ban Tuyên giáo và Dân vận", "Tỉnh ủy Đồng Tháp", "BTGDVTU", LocalDate.of(2025, 7, 1), null);
		province.addTerm("2020-2025", LocalDate.of(2020, 10, 1), LocalDate.of(2025, 9, 30));
		province.addTerm("2025-2030", LocalDate.of(2025, 10, 1), null);
		province.defaultSigner("Phạm Thị Thanh Trúc", "Phó Trưởng Ban", SigningAuthority.DEPUTY, "Trưởng Ban");
		issuers.save(province);
		return board;
	}

	/** Awards from the paper register, so histories and "already holds" mean something. */
	private void history() {
		historic("Lê Minh Tâm", "BDV_CHAU_THANH", "LDTT", 2018, "12-QĐ/BDVHU");
		historic("Lê Minh Tâm", "BDV_CHAU_THANH", "LDTT", 2019, "15-QĐ/BDVHU");
		historic("Lê Minh Tâm", "BDV_CHAU_THANH", "CSTDCS", 2019, "16-QĐ/BDVHU");
		historic("Mỹ Nhiên", "BDV_CHAU_THANH", "LDTT", 2019, "15-QĐ/BDVHU");
		historic("Phan Thị Diệu Hiền", "MTTQ_CHAU_THANH", "GK_CN", 2018, "11-QĐ/BDVHU");
		historic("Hồ Văn Năm", "HND_CHAU_THANH", "KNC_DV", 2012, "254-QĐ/BDVTW");
	}

	private void historic(String name, String unitCode, String awardCode, int year, String number) {
		official(unitCode, name).ifPresent(o -> {
			AwardType award = catalog.awardType(awardCode);
			LocalDate on = LocalDate.of(year, 12, 20);
			BigDecimal amount = safeAmount(award, on);
			Commendation row = new Commendation(award, RecipientKind.INDIVIDUAL, o.id(), o.unitId(), o.fullName(),
					org.unit(o.unitId()).map(UnitRef::name).orElse(null), on, amount, null);
			row.markHistoric(number, awardCode.equals("KNC_DV") ? "Ban Dân vận Trung ương" : "Ban Dân vận Huyện ủy Châu Thành");
			registry.save(row);
		});
	}

	/** Decision 125-QĐ/BDVHU: Giấy khen for 6 Khối Dân vận and 21 officials of the 90th-anniversary movement. */
	private void october2020(Issuer board) {
		Actor actor = DemoActor.INSTANCE;
		Decision decision = decisionService.create(actor, new DecisionDraft(board.getId(),
				"về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua chào mừng kỷ niệm 90 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 - 15/10/2020)",
				LocalDate.of(2020, 10, 12),
				"Căn cứ Điều lệ Đảng Cộng sản Việt Nam\nCăn cứ Quy chế làm việc của Ban Dân vận Huyện ủy Châu Thành nhiệm kỳ 2020 - 2025\nCăn cứ Kế hoạch phát động phong trào thi đua chào mừng 90 năm Ngày truyền thống công tác dân vận của Đảng",
				"Xét đề nghị của Hội đồng Thi đua - Khen thưởng Ban Dân vận Huyện ủy", null, "Nguyễn Thị Thu Hà",
				"Trưởng Ban", SigningAuthority.DIRECT, null, "Thường trực Huyện ủy\nCác tập thể, cá nhân có tên tại Điều 1"));
		long version = decision.getVersion();
		for (int i = 0; i < 6; i++) {
			Optional<UnitRef> bloc = org.unitByCode("KDV_" + COMMUNE_CODES[i]);
			if (bloc.isPresent()) {
				decision = decisionService.addRecipient(actor, decision.getId(), version,
						new RecipientDraft(null, bloc.get().id(), "GK_TT", "Đã có thành tích xuất sắc trong phong trào thi đua"));
				version = flush(decision);
			}
		}
		int individuals = 0;
		for (OfficialRef official : candidates()) {
			if (individuals == 21) {
				break;
			}
			decision = decisionService.addRecipient(actor, decision.getId(), version,
					new RecipientDraft(official.id(), null, "GK_CN", "Đã có thành tích xuất sắc trong phong trào thi đua"));
			version = flush(decision);
			individuals++;
		}
		decisionService.issue(actor, decision.getId(), version);
	}

	/**
	 * The conference's proposal of Kỷ niệm chương "Vì sự nghiệp Dân vận" for 4 officials: checked (one short of
	 * the example threshold, put forward with a recorded justification), voted, forwarded upward and decided there.
	 */
	private void medalNomination() {
		Optional<UnitRef> board = org.unitByCode("BDV_CHAU_THANH");
		List<Optional<OfficialRef>> four = List.of(official("BDV_CHAU_THANH", "Lê Minh Tâm"),
				official("MTTQ_CHAU_THANH", "Phan Thị Diệu Hiền"), official("BDV_CHAU_THANH", "Nguyễn Thị Thu Hà"),
				official("HU_CHAU_THANH", "Trần Văn Thắng"));
		if (board.isEmpty() || four.stream().anyMatch(Optional::isEmpty)) {
			return;
		}
		Actor actor = DemoActor.INSTANCE;
		Long[] id = new Long[1];
		long[] v = new long[1];
		step(LocalDateTime.of(2020, 9, 20, 8, 0), () -> {
			Nomination n = nominations.create(actor, board.get().id(), "KNC_DV",
					"Đề nghị tặng Kỷ niệm chương \"Vì sự nghiệp Dân vận\" năm 2020", "MANUAL");
			id[0] = n.getId();
			v[0] = n.getVersion();
			for (Optional<OfficialRef> o : four) {
				v[0] = nominations.addCandidate(actor, id[0], v[0], o.get().id(), null,
						"Có nhiều đóng góp cho công tác dân vận của Đảng", false).getVersion();
			}
			v[0] = nominations.submit(actor, id[0], v[0]).getVersion();
		});
		step(LocalDateTime.of(2020, 9, 22, 9, 0), () -> v[0] = nominations.receive(actor, id[0], v[0]).getVersion());
		step(LocalDateTime.of(2020, 9, 25, 9, 0), () -> {
			v[0] = nominations.check(actor, id[0], v[0]).getVersion();
			v[0] = nominations.justify(actor, id[0], v[0], 2,
					"Đồng chí giữ chức Trưởng Ban Dân vận Huyện ủy từ 10/2015; thời gian này chưa được ghi là công tác dân vận trong hồ sơ cán bộ — Hội đồng xác minh")
				.getVersion();
			v[0] = nominations.toCouncil(actor, id[0], v[0]).getVersion();
		});
		step(LocalDateTime.of(2020, 10, 2, 14, 0), () -> {
			for (int i = 0; i < 4; i++) {
				v[0] = nominations.vote(actor, id[0], v[0], i, true, 9, 0).getVersion();
			}
			v[0] = nominations.approve(actor, id[0], v[0],
					"Hội đồng Thi đua - Khen thưởng Ban Dân vận Huyện ủy họp ngày 02/10/2020: 9/9 thành viên tán thành cả 4 trường hợp")
				.getVersion();
			v[0] = nominations.forward(actor, id[0], v[0], "Ban Dân vận Trung ương (qua Ban Dân vận Tỉnh ủy Tiền Giang)")
				.getVersion();
		});
		step(LocalDateTime.of(2020, 11, 25, 9, 0), () -> nominations.recordHigherDecision(actor, id[0], v[0],
				"1152-QĐ/BDVTW (số liệu minh họa)", LocalDate.of(2020, 11, 20)));
	}

	private static void step(LocalDateTime at, Runnable work) {
		AppClock.asOf(at, work);
	}

	private void draft(Issuer board) {
		Actor actor = DemoActor.INSTANCE;
		Decision decision = decisionService.create(actor, new DecisionDraft(board.getId(),
				"về việc khen thưởng tập thể, cá nhân có thành tích trong thực hiện Quy chế dân chủ ở cơ sở năm 2020",
				LocalDate.of(2020, 12, 10),
				"Căn cứ Điều lệ Đảng Cộng sản Việt Nam\nCăn cứ Quy chế làm việc của Ban Dân vận Huyện ủy Châu Thành nhiệm kỳ 2020 - 2025",
				"Xét đề nghị của Hội đồng Thi đua - Khen thưởng Ban Dân vận Huyện ủy", null, "Nguyễn Thị Thu Hà",
				"Trưởng Ban", SigningAuthority.DIRECT, null, "Thường trực Huyện ủy"));
		org.unitByCode("KDV_LONG_DINH").ifPresent(u -> decisionService.addRecipient(actor, decision.getId(),
				decision.getVersion(), new RecipientDraft(null, u.id(), "GK_TT", "Thực hiện tốt Quy chế dân chủ ở cơ sở")));
	}

	private long flush(Decision decision) {
		decisions.flush();
		return decisions.findById(decision.getId()).orElseThrow().getVersion();
	}

	private List<OfficialRef> candidates() {
		List<OfficialRef> all = new ArrayList<>();
		for (String code : DISTRICT_UNITS) {
			org.unitByCode(code).ifPresent(u -> all.addAll(org.officialsIn(u.id(), STORY_DAY)));
		}
		for (String code : COMMUNE_CODES) {
			org.unitByCode("KDV_" + code).ifPresent(u -> all.addAll(org.officialsIn(u.id(), STORY_DAY)));
		}
		org.unitByCode("KDV_TAN_HIEP").ifPresent(u -> all.addAll(org.officialsIn(u.id(), STORY_DAY)));
		return all;
	}

	private Optional<OfficialRef> official(String unitCode, String name) {
		return org.unitByCode(unitCode).stream().flatMap(u -> org.officialsIn(u.id(), STORY_DAY).stream())
			.filter(o -> o.fullName().equals(name)).findFirst();
	}

	private BigDecimal safeAmount(AwardType award, LocalDate on) {
		return catalog.knownAmount(award, on).orElse(null);
	}

	/** The demo loader acts as the system with the administrator's rights. */
	public enum DemoActor implements Actor {

		INSTANCE;

		@Override
		public String username() {
			return "hệ thống";
		}

		@Override
		public String displayName() {
			return "hệ thống";
		}

		@Override
		public Long homeUnitId() {
			return null;
		}

		@Override
		public List<Grant> grants() {
			return List.of(new Grant(Role.ADMIN, null));
		}

	}

}
