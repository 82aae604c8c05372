package danvan.reporting.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.platform.AppClock;
import danvan.platform.RunMode;
import danvan.platform.security.Actor;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;

/**
 * The district's Q3 2020 report, the one the conference of 8/10/2020 discussed, compiled from the 2020 records
 * and accepted by the provincial board; three communes' Q3 2020 reports (one returned, one submitted, one still a
 * draft); and this year's Q3 report of xã Kim Sơn, submitted. Runs after every module's demo data.
 */
@Component
@Order(90)
class ReportingDemoData implements ApplicationRunner {

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

	private static final String DISTRICT_Q3 = """
			Chín tháng năm 2020, tình hình kinh tế - xã hội của huyện tiếp tục ổn định; Nhân dân phấn khởi, tin tưởng \
			vào sự lãnh đạo của Đảng, đồng thuận thực hiện phong trào thi đua chào mừng 90 năm ngày truyền thống công \
			tác dân vận.""";

	private final RunMode mode;

	private final ReportRepository repository;

	private final ReportService reports;

	private final OrgDirectory org;

	ReportingDemoData(RunMode mode, ReportRepository repository, ReportService reports, OrgDirectory org) {
		this.mode = mode;
		this.repository = repository;
		this.reports = reports;
		this.org = org;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Optional<Long> district = unit("HU_CHAU_THANH");
		if (!mode.isDemo() || repository.count() > 0 || district.isEmpty() || unit("DUX_KIM_SON").isEmpty()) {
			return;
		}
		Actor admin = new DemoOfficer("admin", List.of(new Grant(Role.ADMIN, null)));
		AppClock.asOf(LocalDateTime.of(2020, 10, 5, 9, 0), () -> {
			Report q3 = quarter3(admin, district.get(), unit("BDV_CHAU_THANH").orElse(district.get()));
			reports.write(admin, q3.getId(), q3.getVersion(), Map.of(1, DISTRICT_Q3), "45-BC/BDVHU");
			Report submitted = reports.submit(admin, q3.getId(), reports.get(admin, q3.getId()).getVersion());
			reports.accept(admin, submitted.getId(), submitted.getVersion());

			Report binhDuc = quarter3(admin, unit("XA_BINH_DUC").orElseThrow(), null);
			Report returned = reports.submit(admin, binhDuc.getId(), binhDuc.getVersion());
			reports.returnWith(admin, returned.getId(), returned.getVersion(),
					"Đề nghị bổ sung kết quả thực hiện mô hình \"Dân vận khéo\" và số liệu đối thoại trong quý.");
			Report longDinh = quarter3(admin, unit("XA_LONG_DINH").orElseThrow(), null);
			reports.submit(admin, longDinh.getId(), longDinh.getVersion());
			quarter3(admin, unit("XA_TAM_HIEP").orElseThrow(), null);
		});
		Report kimSon = reports.create(admin, new ReportService.NewReport("PERIODIC", unit("DUX_KIM_SON").orElseThrow(),
				null, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), "quý III năm 2026"));
		reports.submit(admin, kimSon.getId(), kimSon.getVersion());
	}

	private Report quarter3(Actor actor, Long unit, Long issuer) {
		return reports.create(actor, new ReportService.NewReport("PERIODIC", unit, issuer, LocalDate.of(2020, 7, 1),
				LocalDate.of(2020, 9, 30), "quý III năm 2020"));
	}

	private Optional<Long> unit(String code) {
		return org.unitByCode(code).map(OrgDirectory.UnitRef::id);
	}

}
