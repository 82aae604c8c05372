package danvan.reporting.calendar;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;

/**
 * The demo's reporting calendar: the district's call for its communes' Q3 2020 reports (due 2/10/2020), and this
 * year's calls of the provincial board to the seven xã (Q3, due 10/10; the year, due 15/12).
 */
@Component
class ReportingDemoCalendar {

	private static final List<String> COMMUNES_2020 = List.of("XA_BINH_DUC", "XA_LONG_DINH", "XA_TAM_HIEP",
			"XA_THANH_PHU");

	private static final List<String> XA_2026 = List.of("DUX_TAN_HUONG", "DUX_CHAU_THANH", "DUX_LONG_HUNG",
			"DUX_LONG_DINH", "DUX_BINH_TRUNG", "DUX_VINH_KIM", "DUX_KIM_SON");

	private final ReportingCalendar calendar;

	private final OrgDirectory org;

	ReportingDemoCalendar(ReportingCalendar calendar, OrgDirectory org) {
		this.calendar = calendar;
		this.org = org;
	}

	void q3of2020(Actor admin, Long district) {
		calendar.create(admin, new ReportingCalendar.NewCall("PERIODIC", district, LocalDate.of(2020, 7, 1),
				LocalDate.of(2020, 9, 30), "quý III năm 2020", LocalDate.of(2020, 10, 2), 3,
				"Báo cáo gửi Ban Dân vận Huyện ủy để tổng hợp phục vụ hội nghị sơ kết quý III ngày 8/10/2020.",
				ids(COMMUNES_2020)));
	}

	void thisYear(Actor admin) {
		Long province = org.unitByCode("TU_DONG_THAP").map(OrgDirectory.UnitRef::id).orElse(null);
		if (province == null) {
			return;
		}
		calendar.create(admin, new ReportingCalendar.NewCall("PERIODIC", province, LocalDate.of(2026, 7, 1),
				LocalDate.of(2026, 9, 30), "quý III năm 2026", LocalDate.of(2026, 10, 10), 3, null, ids(XA_2026)));
		calendar.create(admin, new ReportingCalendar.NewCall("PERIODIC", province, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 12, 31), "năm 2026", LocalDate.of(2026, 12, 15), 5,
				"Báo cáo tổng kết năm gửi trước ngày 15/12/2026 để tổng hợp báo cáo Ban Thường vụ Tỉnh ủy.",
				ids(XA_2026)));
	}

	private List<Long> ids(List<String> codes) {
		return codes.stream().map(c -> org.unitByCode(c)).filter(java.util.Optional::isPresent)
			.map(u -> u.get().id()).toList();
	}

}
