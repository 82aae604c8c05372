package danvan.emulation.demo;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import danvan.emulation.assessment.Assessment;
import danvan.emulation.assessment.AssessmentService;
import danvan.emulation.assessment.ReviewService;
import danvan.emulation.movement.Movement;
import danvan.emulation.movement.MovementService;
import danvan.emulation.movement.Participant;
import danvan.emulation.scale.ScaleItem;
import danvan.emulation.scale.ScaleService;
import danvan.emulation.scale.ScoringScale;
import danvan.identity.AccountDraft;
import danvan.identity.AccountService;
import danvan.org.OrgDirectory;
import danvan.platform.AppClock;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;
import danvan.platform.web.DomainException;

/**
 * The review chain at work: the 90th-anniversary movement fully reviewed with a few adjustments and one
 * return; the 2026 movement caught in the middle of its review.
 */
@Component
@Order(2)
class DemoReviews implements EmulationDemoData.DemoStage {

	static final String COUNCIL = "hoidongtd";

	/** When the unit given back in 2020 sent its assessment again. */
	private static final LocalDateTime RESUBMITTED = LocalDateTime.of(2020, 9, 20, 9, 0);

	private static final Logger log = LoggerFactory.getLogger(DemoReviews.class);

	private final MovementService movements;

	private final AssessmentService assessments;

	private final ReviewService reviews;

	private final ScaleService scales;

	private final AccountService accounts;

	private final OrgDirectory org;

	DemoReviews(MovementService movements, AssessmentService assessments, ReviewService reviews, ScaleService scales,
			AccountService accounts, OrgDirectory org) {
		this.movements = movements;
		this.assessments = assessments;
		this.reviews = reviews;
		this.scales = scales;
		this.accounts = accounts;
		this.org = org;
	}

	@Override
	public void load(Movement m90, Movement m2026) {
		Long board = org.unitByCode("BDV_CHAU_THANH").orElseThrow().id();
		Long district = org.unitByCode("HU_CHAU_THANH").orElseThrow().id();
		createCouncilAccount(board, district);
		DemoActor admin = DemoActor.of("admin", board, Role.ADMIN, null);
		List<DemoActor> chain = List.of(DemoActor.of("thamdinh", board, Role.REVIEWER, district),
				DemoActor.of("bandanvan", board, Role.BOARD_OFFICER, district),
				DemoActor.of(COUNCIL, board, Role.REVIEWER, district));
		AppClock.asOf(LocalDateTime.of(2020, 9, 17, 7, 30), () -> {
			movements.advance(admin, m90.getId(), m90.getVersion());
			review90(m90, chain);
		});
		AppClock.asOf(LocalDateTime.of(2026, 11, 12, 7, 30), () -> {
			movements.advance(admin, m2026.getId(), m2026.getVersion());
			review2026(m2026, chain);
		});
	}

	private void review90(Movement m, List<DemoActor> chain) {
		ScoringScale scale = scales.get(m.getScaleId());
		List<Participant> participants = m.getParticipants();
		Map<Integer, Object[]> adjustments = Map.of(1, new Object[] { "II.1", "12", "Biên bản đối thoại chưa có chữ ký của đại diện Nhân dân." },
				3, new Object[] { "III.1", "10", "Mô hình mới triển khai, chưa có quyết định công nhận của Huyện ủy." },
				7, new Object[] { "IV.1", "7.5", "Quý II không có biên bản họp Khối Dân vận." });
		for (int k = 0; k < participants.size(); k++) {
			Long unitId = participants.get(k).getUnitId();
			if (adjustments.containsKey(k)) {
				Object[] a = adjustments.get(k);
				adjust(chain.get(0), m, unitId, 1, scale.item((String) a[0]), new BigDecimal((String) a[1]), (String) a[2]);
			}
			if (k == participants.size() - 1) {
				giveBack(m, unitId, chain.get(0));
				AppClock.asOf(RESUBMITTED, () -> {
					resubmit(m, unitId, scale);
					approveThrough(m, unitId, chain, 3);
				});
			}
			else {
				approveThrough(m, unitId, chain, 3);
			}
		}
	}

	private void review2026(Movement m, List<DemoActor> chain) {
		ScoringScale scale = scales.get(m.getScaleId());
		List<Participant> participants = m.getParticipants();
		for (int k = 0; k < participants.size() - 1; k++) {
			Long unitId = participants.get(k).getUnitId();
			if (k == 2) {
				adjust(chain.get(0), m, unitId, 1, scale.item("II.2"), new BigDecimal("11"),
						"Còn 2 kiến nghị sau đối thoại chưa được trả lời đúng hẹn.");
			}
			if (k == 5) {
				Assessment a = assessments.open(chain.get(0), m.getId(), unitId);
				reviews.returnToUnit(chain.get(0), m.getId(), unitId, a.getVersion(), 1,
						"Đề nghị bổ sung minh chứng cho tiêu chí III.1 (quyết định công nhận mô hình).");
				continue;
			}
			approveThrough(m, unitId, chain, k % 4);
		}
	}

	private void adjust(DemoActor reviewer, Movement m, Long unitId, int step, ScaleItem item, BigDecimal points, String reason) {
		Assessment a = assessments.open(reviewer, m.getId(), unitId);
		reviews.adjust(reviewer, m.getId(), unitId, a.getVersion(), step, item.getId(), points, reason);
	}

	private void giveBack(Movement m, Long unitId, DemoActor reviewer) {
		Assessment a = assessments.open(reviewer, m.getId(), unitId);
		reviews.returnToUnit(reviewer, m.getId(), unitId, a.getVersion(), 1,
				"Đề nghị bổ sung biên bản đối thoại và diễn giải tiêu chí II.2.");
	}

	private void resubmit(Movement m, Long unitId, ScoringScale scale) {
		Assessment a;
		DemoActor officer = DemoActor.of("canbo" + unitId, unitId, Role.UNIT_OFFICER, unitId);
		ScaleItem item = scale.item("II.2");
		a = assessments.open(officer, m.getId(), unitId);
		assessments.saveSelf(officer, m.getId(), unitId, a.getVersion(), Map.of(item.getId(), a.pointsOn(item.getId())),
				Map.of(item.getId(), "Đã giải quyết 9/10 kiến nghị; 1 kiến nghị đang chờ ý kiến của UBND huyện."));
		a = assessments.open(officer, m.getId(), unitId);
		assessments.submitAt(officer, m.getId(), unitId, a.getVersion(), RESUBMITTED.atZone(AppClock.VIETNAM).toInstant());
	}

	private void approveThrough(Movement m, Long unitId, List<DemoActor> chain, int steps) {
		for (int s = 1; s <= steps; s++) {
			Assessment a = assessments.open(chain.get(s - 1), m.getId(), unitId);
			reviews.approve(chain.get(s - 1), m.getId(), unitId, a.getVersion(), s, s == 3 ? "Thống nhất kết quả." : null);
		}
	}

	private void createCouncilAccount(Long board, Long district) {
		DemoActor admin = DemoActor.of("admin", board, Role.ADMIN, null);
		try {
			accounts.create(admin, COUNCIL, "Danvan@2026", new AccountDraft("Trần Quốc Bảo", null, null, board,
					List.of(new Grant(Role.REVIEWER, district))));
		}
		catch (DomainException e) {
			log.info("Không tạo được tài khoản {} của Hội đồng thi đua: {}", COUNCIL, e.messageKey());
		}
	}

}
