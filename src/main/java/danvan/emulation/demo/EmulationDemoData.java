package danvan.emulation.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.emulation.movement.Movement;
import danvan.emulation.movement.MovementDraft;
import danvan.emulation.movement.MovementKind;
import danvan.emulation.movement.MovementRepository;
import danvan.emulation.movement.MovementService;
import danvan.emulation.movement.TieBreak;
import danvan.emulation.scale.ScaleService;
import danvan.emulation.scale.ScoringScale;
import danvan.org.OrgDirectory;
import danvan.platform.AppClock;
import danvan.platform.RunMode;
import danvan.platform.security.Role;

/**
 * The seed's special movement for the 90th anniversary of mass-mobilization work, scored by the revised
 * version of the district's scale, and a 2026 movement in review. Loaded once, in demo mode only.
 */
@Component
@Order(40)
public class EmulationDemoData implements ApplicationRunner {

	public static final String MOVEMENT_90 = "Thi đua chào mừng kỷ niệm 90 năm Ngày truyền thống công tác Dân vận của Đảng (15/10/1930 – 15/10/2020)";

	public static final String MOVEMENT_2026 = "Phong trào thi đua “Dân vận khéo” năm 2026";

	static final List<String> CLUSTER_1 = List.of("XA_BINH_DUC", "XA_LONG_DINH", "XA_TAM_HIEP", "XA_THANH_PHU",
			"XA_VINH_KIM", "TT_TAN_HIEP");

	static final List<String> CLUSTER_2 = List.of("XA_DONG_HOA", "XA_KIM_SON", "XA_LONG_HUNG", "XA_DIEM_HY",
			"XA_NHI_BINH");

	private static final Logger log = LoggerFactory.getLogger(EmulationDemoData.class);

	private final RunMode mode;

	private final MovementRepository movementRepository;

	private final ScaleService scales;

	private final MovementService movements;

	private final OrgDirectory org;

	private final List<DemoStage> stages;

	EmulationDemoData(RunMode mode, MovementRepository movementRepository, ScaleService scales,
			MovementService movements, OrgDirectory org, List<DemoStage> stages) {
		this.mode = mode;
		this.movementRepository = movementRepository;
		this.scales = scales;
		this.movements = movements;
		this.org = org;
		this.stages = stages;
	}

	/** Later parts of the demo (assessments, reviews, results), run in order on the two movements. */
	interface DemoStage {

		void load(Movement movement90, Movement movement2026);

	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!mode.isDemo() || movementRepository.count() > 0 || org.unitByCode("BDV_CHAU_THANH").isEmpty()) {
			return;
		}
		Long board = unit("BDV_CHAU_THANH");
		DemoActor admin = DemoActor.of("admin", board, Role.ADMIN, null);
		ScoringScale v1 = AppClock.asOf(LocalDateTime.of(2019, 12, 16, 8, 0), () -> firstScale(admin, board));
		ScoringScale v2 = AppClock.asOf(LocalDateTime.of(2020, 1, 2, 8, 0), () -> revisedScale(admin, v1));
		ScoringScale y2026 = AppClock.asOf(LocalDateTime.of(2026, 1, 5, 7, 30), () -> {
			ScoringScale copy = scales.copyAsNew(admin, v2.getId(), "DVK2026", "Thang điểm phong trào “Dân vận khéo” 2026");
			scales.activate(admin, copy.getId(), copy.getVersion());
			return copy;
		});
		Movement m90 = launch(admin, movement(admin, MOVEMENT_90, MovementKind.SPECIAL, LocalDate.of(2020, 1, 2),
				LocalDate.of(2020, 9, 30), v2, LocalDate.of(2020, 9, 15)));
		Movement m2026 = launch(admin, movement(admin, MOVEMENT_2026, MovementKind.THEMATIC, LocalDate.of(2026, 1, 5),
				LocalDate.of(2026, 12, 15), y2026, LocalDate.of(2026, 11, 10)));
		stages.forEach(stage -> stage.load(m90, m2026));
		log.info("Chế độ demo: đã tạo 2 phong trào thi đua và 3 thang điểm.");
	}

	private ScoringScale firstScale(DemoActor admin, Long board) {
		ScoringScale v1 = scales.create(admin, "DV90", "Thang điểm thi đua công tác dân vận", board, new BigDecimal("5"));
		DemoScales.version1().forEach(item -> scales.addItem(admin, v1.getId(), v1.getVersion(), item));
		scales.settings(admin, v1.getId(), v1.getVersion(), new BigDecimal("5"), DemoScales.THRESHOLDS);
		scales.activate(admin, v1.getId(), v1.getVersion());
		return v1;
	}

	/** The revision the seed speaks of ("rà soát thang điểm thi đua"): I.2 re-pointed, IV.2 removed, items added. */
	private ScoringScale revisedScale(DemoActor admin, ScoringScale v1) {
		ScoringScale v2 = scales.revise(admin, v1.getId());
		scales.reviseItem(admin, v2.getId(), v2.getVersion(), "I.2", v2.item("I.2").getName(), new BigDecimal("8"));
		scales.removeItem(admin, v2.getId(), v2.getVersion(), "IV.2");
		DemoScales.version2Changes().forEach(item -> scales.addItem(admin, v2.getId(), v2.getVersion(), item));
		scales.activate(admin, v2.getId(), v2.getVersion());
		return v2;
	}

	/** A movement created and opened on its first day, in self-assessment from the first of August. */
	private Movement movement(DemoActor admin, String name, MovementKind kind, LocalDate start, LocalDate end,
			ScoringScale scale, LocalDate deadline) {
		Long board = admin.homeUnitId();
		return AppClock.asOf(start.atTime(8, 0), () -> {
			Movement m = movements.create(admin, new MovementDraft(name, kind, start, end, board, scale.getId(),
					start.plusDays(20), deadline, TieBreak.FIRST_GROUP_THEN_SUBMISSION));
			movements.addParticipants(admin, m.getId(), units(CLUSTER_1), "Cụm thi đua số 1");
			movements.addParticipants(admin, m.getId(), units(CLUSTER_2), "Cụm thi đua số 2");
			movements.addReviewStep(admin, m.getId(), "Chuyên viên Ban Dân vận thẩm định", deadline.plusDays(7), List.of("thamdinh"));
			movements.addReviewStep(admin, m.getId(), "Lãnh đạo Ban Dân vận duyệt", deadline.plusDays(12), List.of("bandanvan"));
			movements.addReviewStep(admin, m.getId(), "Hội đồng Thi đua – Khen thưởng xét", deadline.plusDays(20), List.of());
			movements.advance(admin, m.getId(), m.getVersion());
			return m;
		});
	}

	private Movement launch(DemoActor admin, Movement m) {
		AppClock.asOf(LocalDate.of(m.getPeriodStart().getYear(), 8, 1).atTime(8, 0),
				() -> movements.advance(admin, m.getId(), m.getVersion()));
		return m;
	}

	private List<Long> units(List<String> codes) {
		List<Long> ids = new ArrayList<>();
		codes.forEach(code -> org.unitByCode(code).ifPresent(u -> ids.add(u.id())));
		return ids;
	}

	private Long unit(String code) {
		return org.unitByCode(code).map(OrgDirectory.UnitRef::id).orElseThrow();
	}

}
