package danvan.emulation.demo;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import danvan.emulation.movement.Movement;
import danvan.emulation.results.ResultService;
import danvan.emulation.scale.ScaleItem;
import danvan.emulation.scale.ScaleService;
import danvan.platform.AppClock;
import danvan.platform.security.Role;

/** The 90th-anniversary results published, then corrected once (a second revision). */
@Component
@Order(3)
class DemoResults implements EmulationDemoData.DemoStage {

	private final ResultService results;

	private final ScaleService scales;

	DemoResults(ResultService results, ScaleService scales) {
		this.results = results;
		this.scales = scales;
	}

	@Override
	public void load(Movement m90, Movement m2026) {
		DemoActor board = DemoActor.of("bandanvan", m90.getOrganiserUnitId(), Role.BOARD_OFFICER, null);
		AppClock.asOf(LocalDateTime.of(2020, 10, 5, 14, 0), () -> results.publish(board, m90.getId(),
				"Kết quả thi đua đột xuất chào mừng 90 năm Ngày truyền thống công tác Dân vận."));
		Long unit = m90.getParticipants().get(4).getUnitId();
		ScaleItem bonus = scales.get(m90.getScaleId()).item("T.2");
		AppClock.asOf(LocalDateTime.of(2020, 10, 8, 10, 0), () -> {
			results.correct(board, m90.getId(), unit, bonus.getId(), BigDecimal.ZERO,
					"Sáng kiến đã được tính điểm ở phong trào năm 2019, không tính lại.");
			results.publish(board, m90.getId(),
					"Đính chính điểm thưởng của một đơn vị theo kết luận của Hội đồng Thi đua – Khen thưởng.");
		});
	}

}
