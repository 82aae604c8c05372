package danvan.reporting.calendar;

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
import danvan.reporting.report.Report;
import danvan.reporting.report.ReportService;

/**
 * The district's Q3 2020 report, the one the conference of 8/10/2020 discussed, compiled from the 2020 records
 * and accepted by the provincial board; the district's call for the communes' Q3 2020 reports (due 2/10/2020) and
 * four answers: Thạnh Phú on time and accepted, Bình Đức on time and returned, Long Định and Tam Hiệp late (one
 * accepted, one waiting); the district's nine-month report quoting the accepted ones; and this year's calendar
 * for the seven xã, with Kim Sơn's Q3 report on time and Long Định's late. Runs after every module's demo data.
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

	static final Actor ADMIN = new DemoOfficer("admin", List.of(new Grant(Role.ADMIN, null)));

	private static final String DISTRICT_Q3 = """
			Chín tháng năm 2020, tình hình kinh tế - xã hội của huyện tiếp tục ổn định; Nhân dân phấn khởi, tin tưởng \
			vào sự lãnh đạo của Đảng, đồng thuận thực hiện phong trào thi đua chào mừng 90 năm ngày truyền thống công \
			tác dân vận.""";

	private static final String DISTRICT_NINE_MONTHS = """
			Chín tháng đầu năm 2020, cấp ủy, chính quyền, Mặt trận và các đoàn thể trong huyện tiếp tục quan tâm công tác \
			dân vận; các xã, thị trấn duy trì sinh hoạt Khối Dân vận hằng quý và thực hiện tốt Quy chế dân chủ ở cơ sở.""";

	private static final String THANH_PHU_Q3 = """
			Khối Dân vận xã duy trì họp định kỳ; phối hợp tổ chức 01 buổi đối thoại giữa Chủ tịch UBND xã với Nhân dân \
			về chỉnh trang nông thôn mới, tiếp nhận 05 ý kiến, giải đáp tại chỗ 03 ý kiến.""";

	private static final String TAM_HIEP_Q3 = """
			Xây dựng mới 02 mô hình "Dân vận khéo" trong lĩnh vực kinh tế; vận động Nhân dân hiến đất mở rộng \
			đường liên ấp Tân Thuận, với 1,2 km đường được bê tông hóa.""";

	private final RunMode mode;

	private final ReportingDemoCalendar calendar;


	private final ReportService reports;

	private final OrgDirectory org;

	ReportingDemoData(RunMode mode, ReportService reports, OrgDirectory org,
			ReportingDemoCalendar calendar) {
		this.calendar = calendar;
		this.mode = mode;
		this.reports = reports;
		this.org = org;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Optional<Long> district = unit("HU_CHAU_THANH");
		if (!mode.isDemo() || demoLoaded() || district.isEmpty() || unit("DUX_KIM_SON").isEmpty()) {
			return;
		}
		Actor admin = ADMIN;
		Long districtId = district.get();
		AppClock.asOf(LocalDateTime.of(2020, 9, 20, 8, 0), () -> calendar.q3of2020(admin, districtId));
		AppClock.asOf(LocalDateTime.of(2020, 9, 30, 16, 0), () -> {
			Report thanhPhu = quarter3(admin, unit("XA_THANH_PHU").orElseThrow(), null);
			reports.write(admin, thanhPhu.getId(), thanhPhu.getVersion(), Map.of(3, THANH_PHU_Q3), null,
					"Đề nghị Ban Dân vận Huyện ủy mở lớp tập huấn kỹ năng đối thoại cho cán bộ ấp trong quý IV.");
			reports.submit(admin, thanhPhu.getId(), reports.get(admin, thanhPhu.getId()).getVersion());
		});
		AppClock.asOf(LocalDateTime.of(2020, 10, 1, 10, 0), () -> {
			Report binhDuc = quarter3(admin, unit("XA_BINH_DUC").orElseThrow(), null);
			reports.submit(admin, binhDuc.getId(), binhDuc.getVersion());
			accept(admin, "XA_THANH_PHU");
		});
		AppClock.asOf(LocalDateTime.of(2020, 10, 3, 9, 0), () -> {
			Report binhDuc = reports.visibleTo(ADMIN, null).stream().filter(r -> r.getUnitId().equals(unit("XA_BINH_DUC").get()))
				.findFirst().orElseThrow();
			reports.returnWith(admin, binhDuc.getId(), binhDuc.getVersion(),
					"Đề nghị bổ sung kết quả thực hiện mô hình \"Dân vận khéo\" và số liệu đối thoại trong quý.");
		});
		AppClock.asOf(LocalDateTime.of(2020, 10, 5, 9, 0), () -> {
			Report q3 = quarter3(admin, districtId, unit("BDV_CHAU_THANH").orElse(districtId));
			reports.write(admin, q3.getId(), q3.getVersion(), Map.of(1, DISTRICT_Q3), "45-BC/BDVHU");
			Report submitted = reports.submit(admin, q3.getId(), reports.get(admin, q3.getId()).getVersion());
			reports.accept(admin, submitted.getId(), submitted.getVersion());
		});
		// two communes sent after the deadline of 2/10/2020
		AppClock.asOf(LocalDateTime.of(2020, 10, 6, 15, 0), () -> {
			Report longDinh = quarter3(admin, unit("XA_LONG_DINH").orElseThrow(), null);
			reports.submit(admin, longDinh.getId(), longDinh.getVersion());
		});
		AppClock.asOf(LocalDateTime.of(2020, 10, 7, 8, 30), () -> {
			Report tamHiep = quarter3(admin, unit("XA_TAM_HIEP").orElseThrow(), null);
			reports.write(admin, tamHiep.getId(), tamHiep.getVersion(), Map.of(3, TAM_HIEP_Q3), null,
					"Kiến nghị Ủy ban nhân dân huyện sớm giải quyết dứt điểm kiến nghị của Nhân dân ấp Tân Thuận về tuyến đường liên ấp.");
			reports.submit(admin, tamHiep.getId(), reports.get(admin, tamHiep.getId()).getVersion());
		});
		AppClock.asOf(LocalDateTime.of(2020, 10, 8, 7, 30), () -> accept(admin, "XA_TAM_HIEP"));
		// the nine-month report, compiled from the district's records and quoting the accepted communes' reports
		AppClock.asOf(LocalDateTime.of(2020, 10, 12, 9, 0), () -> {
			Report nine = reports.create(admin, new ReportService.NewReport("PERIODIC", districtId,
					unit("BDV_CHAU_THANH").orElse(districtId), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 9, 30),
					"9 tháng đầu năm 2020"));
			reports.write(admin, nine.getId(), nine.getVersion(), Map.of(1, DISTRICT_NINE_MONTHS), "47-BC/BDVHU");
		});
		calendar.thisYear(admin);
		AppClock.asOf(LocalDateTime.of(2026, 10, 8, 14, 0), () -> {
			Report kimSon = reports.create(admin, new ReportService.NewReport("PERIODIC",
					unit("DUX_KIM_SON").orElseThrow(), null, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
					"quý III năm 2026"));
			reports.submit(admin, kimSon.getId(), kimSon.getVersion());
		});
		AppClock.asOf(LocalDateTime.of(2026, 10, 13, 10, 0), () -> {
			Report longDinh = reports.create(admin, new ReportService.NewReport("PERIODIC",
					unit("DUX_LONG_DINH").orElseThrow(), null, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
					"quý III năm 2026"));
			reports.submit(admin, longDinh.getId(), longDinh.getVersion());
		});
	}

	private boolean demoLoaded() {
		return !reports.visibleTo(ADMIN, null).isEmpty();
	}

	private void accept(Actor admin, String code) {
		Report report = reports.visibleTo(ADMIN, null).stream().filter(r -> r.getUnitId().equals(unit(code).get())).findFirst()
			.orElseThrow();
		reports.accept(admin, report.getId(), report.getVersion());
	}

	private Report quarter3(Actor actor, Long unit, Long issuer) {
		return reports.create(actor, new ReportService.NewReport("PERIODIC", unit, issuer, LocalDate.of(2020, 7, 1),
				LocalDate.of(2020, 9, 30), "quý III năm 2020"));
	}

	private Optional<Long> unit(String code) {
		return org.unitByCode(code).map(OrgDirectory.UnitRef::id);
	}

}
