package danvan.emulation.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import danvan.emulation.assessment.Assessment;
import danvan.emulation.assessment.AssessmentService;
import danvan.emulation.movement.Movement;
import danvan.emulation.movement.MovementService;
import danvan.emulation.movement.Participant;
import danvan.emulation.scale.ScaleItem;
import danvan.emulation.scale.ScaleService;
import danvan.emulation.scale.ScoringScale;
import danvan.platform.AppClock;
import danvan.platform.files.FileStore;
import danvan.platform.files.StoredFile;
import danvan.platform.security.Role;

/** Every commune's self-assessment with explanations and evidence, for both demo movements. */
@Component
@Order(1)
class DemoAssessments implements EmulationDemoData.DemoStage {

	/** How well each commune did, in tenths of the max, repeated across criteria with a small shift. */
	private static final int[] LEVEL = { 10, 9, 9, 8, 10, 7, 9, 8, 6, 9, 8 };

	private static final Map<String, String> EXPLANATIONS = Map.ofEntries(
			Map.entry("I.1", "Ban hành Kế hoạch thực hiện phong trào trong tháng đầu, có văn bản kèm theo."),
			Map.entry("I.2", "Quán triệt tại hội nghị cấp ủy, đăng tin trên đài truyền thanh xã, pa-nô tại trụ sở."),
			Map.entry("I.3", "Cử 2 cán bộ dự lớp tập huấn nghiệp vụ do Ban Dân vận Huyện ủy tổ chức."),
			Map.entry("II.1", "Tổ chức đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với Nhân dân, có biên bản."),
			Map.entry("II.2", "Các kiến nghị sau đối thoại đã được trả lời, giải quyết đúng hẹn."),
			Map.entry("III.1", "Xây dựng mô hình “Dân vận khéo” trong vận động hiến đất làm đường giao thông nông thôn."),
			Map.entry("III.2", "Tổ chức biểu dương điển hình “Dân vận khéo” tại hội nghị sơ kết."),
			Map.entry("IV.1", "Khối Dân vận họp đủ 4 quý, có biên bản và nghị quyết."),
			Map.entry("IV.2", "Các báo cáo gửi Ban Dân vận Huyện ủy đúng hạn."),
			Map.entry("IV.3", "Có kế hoạch kiểm tra việc thực hiện Quy chế dân chủ tại 3 ấp."),
			Map.entry("T.1", "Mô hình “Chung tay xây dựng nông thôn mới kiểu mẫu” được Huyện ủy công nhận."),
			Map.entry("T.2", "Cách làm “Tổ tự quản an ninh trật tự” được nhân rộng."),
			Map.entry("TR.1", "Nộp báo cáo quý III chậm 5 ngày."));

	private final AssessmentService assessments;

	private final MovementService movements;

	private final ScaleService scales;

	private final FileStore files;

	DemoAssessments(AssessmentService assessments, MovementService movements, ScaleService scales, FileStore files) {
		this.assessments = assessments;
		this.movements = movements;
		this.scales = scales;
		this.files = files;
	}

	@Override
	public void load(Movement m90, Movement m2026) {
		assess(m90, LocalDate.of(2020, 9, 1), -1, 0);
		assess(m2026, LocalDate.of(2026, 10, 20), m2026.getParticipants().size() - 1, 1);
	}

	/**
	 * Self-assesses every participant but {@code skip}, one a day from {@code firstDay}, each as of the morning it
	 * submits; the last one submits a day late in 2020.
	 */
	private void assess(Movement movement, LocalDate firstDay, int skip, int shift) {
		ScoringScale scale = scales.get(movement.getScaleId());
		List<Participant> participants = movement.getParticipants();
		for (int k = 0; k < participants.size(); k++) {
			if (k == skip) {
				continue;
			}
			LocalDate day = k == participants.size() - 1 && shift == 0 ? movement.getSelfAssessmentDeadline().plusDays(1)
					: firstDay.plusDays(k);
			int unit = k;
			AppClock.asOf(day.atTime(8, 0),
					() -> assessOne(movement, scale, unit, LEVEL[(unit + shift) % LEVEL.length], day.atTime(9 + unit % 6, 15)));
		}
	}

	private void assessOne(Movement movement, ScoringScale scale, int k, int level, LocalDateTime submittedAt) {
		Long unitId = movement.getParticipants().get(k).getUnitId();
		DemoActor officer = DemoActor.of("canbo" + unitId, unitId, Role.UNIT_OFFICER, unitId);
		Assessment assessment = assessments.open(officer, movement.getId(), unitId);
		Map<Long, BigDecimal> points = new HashMap<>();
		Map<Long, String> explanations = new HashMap<>();
		for (ScaleItem item : scale.scoredItems()) {
			BigDecimal value = pointsFor(item, level, k);
			points.put(item.getId(), value);
			if (value.signum() > 0) {
				explanations.put(item.getId(), EXPLANATIONS.get(item.getCode()));
			}
		}
		assessments.saveSelf(officer, movement.getId(), unitId, assessment.getVersion(), points, explanations);
		for (ScaleItem item : scale.scoredItems()) {
			if (item.isEvidenceRequired() && points.get(item.getId()).signum() > 0) {
				StoredFile file = files.store(pdf(item.getCode()), "minh-chung-" + item.getCode() + ".pdf",
						danvan.platform.files.FileRules.of(List.of(danvan.platform.files.FileKind.PDF), 1));
				assessment.attach(item, file.getId(), file.getOriginalName(), file.getUploadedAt(), officer.username());
			}
		}
		assessment = assessments.open(officer, movement.getId(), unitId);
		assessments.submitAt(officer, movement.getId(), unitId, assessment.getVersion(),
				submittedAt.atZone(AppClock.VIETNAM).toInstant());
	}

	private static BigDecimal pointsFor(ScaleItem item, int level, int k) {
		BigDecimal max = item.getMaxPoints();
		return switch (item.getKind()) {
			case BONUS -> level >= 9 ? max : BigDecimal.ZERO;
			case PENALTY -> level <= 6 && item.getCode().equals("TR.1") ? BigDecimal.ONE : BigDecimal.ZERO;
			default -> {
				int tenths = Math.min(10, level + ((k + item.getCode().length()) % 3 == 0 ? 1 : 0));
				yield max.multiply(BigDecimal.valueOf(tenths))
					.divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP)
					.multiply(BigDecimal.valueOf(2))
					.setScale(0, RoundingMode.HALF_UP)
					.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
			}
		};
	}

	private static byte[] pdf(String code) {
		String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
				+ "% minh chung " + code + "\ntrailer<</Root 1 0 R>>\n%%EOF\n";
		return body.getBytes(StandardCharsets.US_ASCII);
	}

}
