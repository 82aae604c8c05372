package danvan.emulation.demo;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import danvan.emulation.movement.Movement;
import danvan.emulation.pledge.Pledge;
import danvan.emulation.pledge.PledgeRepository;
import danvan.platform.AppClock;

/** The communes' pledges, registered in time (one 2026 unit never pledged). */
@Component
@Order(0)
class DemoPledges implements EmulationDemoData.DemoStage {

	private static final List<String> TITLES = List.of("Tập thể lao động xuất sắc", "Tập thể lao động tiên tiến");

	private final PledgeRepository pledges;

	DemoPledges(PledgeRepository pledges) {
		this.pledges = pledges;
	}

	@Override
	public void load(Movement m90, Movement m2026) {
		pledgeAll(m90, m90.getParticipants().size());
		pledgeAll(m2026, m2026.getParticipants().size() - 1);
	}

	private void pledgeAll(Movement movement, int count) {
		for (int k = 0; k < count; k++) {
			Long unitId = movement.getParticipants().get(k).getUnitId();
			Pledge pledge = new Pledge(movement.getId(), unitId);
			pledge.describe("Thực hiện đầy đủ các tiêu chí của phong trào; xây dựng ít nhất 1 mô hình “Dân vận khéo”; "
					+ "tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân.", TITLES.get(k % 2),
					movement.getPledgeDeadline().minusDays(3 + k % 5).atTime(8, 30).atZone(AppClock.VIETNAM).toInstant(),
					"canbo" + unitId);
			pledges.save(pledge);
		}
	}

}
