package danvan.oversight;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.oversight.directive.DirectiveDraft;
import danvan.oversight.directive.DirectiveService;
import danvan.oversight.directive.DisseminationReport;
import danvan.oversight.directive.IssuerLevel;
import danvan.oversight.directive.ReportKind;
import danvan.oversight.inspection.Inspection;
import danvan.oversight.inspection.InspectionDraft;
import danvan.oversight.inspection.InspectionForm;
import danvan.oversight.inspection.InspectionKind;
import danvan.oversight.inspection.InspectionService;
import danvan.oversight.inspection.Recommendation;
import danvan.oversight.inspection.RecommendationDraft;
import danvan.oversight.inspection.RecommendationService;
import danvan.oversight.inspection.StepInput;
import danvan.oversight.inspection.TeamMember;
import danvan.oversight.inspection.TeamRole;
import danvan.oversight.plan.InspectionPlan;
import danvan.oversight.plan.InspectionPlanService;
import danvan.platform.AppClock;
import danvan.platform.RunMode;
import danvan.platform.security.Actor;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;

/**
 * The seed's nine months of 2020 on the old district: the surprise inspection of mass-mobilization work at
 * three communes with its twelve recommendations in every state, the year's supervision programme, four
 * directives disseminated in the communes, the steering committee; and this year's records on today's xã.
 */
@Component
@Order(47)
class OversightDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OversightDemoData.class);

	/** The district's communes in 2020 (Đảng ủy xã, or thị trấn Tân Hiệp). */
	private static final List<String> COMMUNES = List.of("XA_TAN_LY_DONG", "XA_TAN_HOI_DONG", "XA_TAN_HUONG",
			"TT_TAN_HIEP", "XA_THAN_CUU_NGHIA", "XA_LONG_AN", "XA_TAM_HIEP", "XA_THANH_PHU", "XA_LONG_HUNG",
			"XA_NHI_BINH", "XA_DONG_HOA", "XA_LONG_DINH", "XA_DIEM_HY", "XA_BINH_TRUNG", "XA_PHU_PHONG", "XA_BAN_LONG",
			"XA_VINH_KIM", "XA_SONG_THUAN", "XA_BINH_DUC", "XA_KIM_SON");

	private static final List<String> ALL_TOPICS = List.of("DAN_VAN", "DAN_VAN_CHINH_QUYEN", "QCDC", "CCHC",
			"DAO_DUC_CONG_VU");

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

	private final RunMode mode;

	private final CommitteeRepository committees;

	private final CommitteeService committeeService;

	private final InspectionService inspections;

	private final RecommendationService recommendations;

	private final DirectiveService directives;

	private final InspectionPlanService plans;

	private final OrgDirectory org;

	OversightDemoData(RunMode mode, CommitteeRepository committees, CommitteeService committeeService,
			InspectionService inspections, RecommendationService recommendations, DirectiveService directives,
			InspectionPlanService plans, OrgDirectory org) {
		this.mode = mode;
		this.committees = committees;
		this.committeeService = committeeService;
		this.inspections = inspections;
		this.recommendations = recommendations;
		this.directives = directives;
		this.plans = plans;
		this.org = org;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!mode.isDemo() || committees.count() > 0 || unit("BDV_CHAU_THANH").isEmpty()
				|| unit("XA_BINH_DUC").isEmpty()) {
			return;
		}
		Actor admin = new DemoOfficer("admin", List.of(new Grant(Role.ADMIN, null)));
		Committee committee = committee(admin);
		Long board = unit("BDV_CHAU_THANH").orElseThrow();
		Long district = unit("HU_CHAU_THANH").orElseThrow();
		surpriseInspection(admin, board);
		programme(admin, district, committee);
		directives2020(admin, district, committee);
		thisYear(admin);
		log.info("Chế độ demo: đã tạo cuộc kiểm tra đột xuất năm 2020, chương trình giám sát, 4 văn bản quán triệt.");
	}

	private Committee committee(Actor admin) {
		Long steering = unit("BCD_QCDC_CHAU_THANH").orElseThrow();
		Long support = unit("TGV_QCDC_CHAU_THANH").orElse(null);
		LocalDate on = LocalDate.of(2019, 1, 15);
		List<Committee.Member> members = new ArrayList<>();
		member(members, "HU_CHAU_THANH", "Trần Văn Thắng", "Trưởng Ban chỉ đạo", false, on);
		member(members, "BDV_CHAU_THANH", "Nguyễn Thị Thu Hà", "Phó Trưởng Ban Thường trực", false, on);
		member(members, "UBND_CHAU_THANH", "Lâm Quốc Tuấn", "Phó Trưởng Ban", false, on);
		member(members, "MTTQ_CHAU_THANH", "Phan Thị Diệu Hiền", "Thành viên", false, on);
		member(members, "BDV_CHAU_THANH", "Lê Minh Tâm", "Tổ trưởng Tổ giúp việc", true, on);
		member(members, "BDV_CHAU_THANH", "Mỹ Nhiên", "Thành viên Tổ giúp việc", true, on);
		return at(on, () -> committeeService.create(admin, new CommitteeDraft(steering, support,
				"Ban chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện Châu Thành", "08-QĐ/HU", on, null, members), null));
	}

	private void member(List<Committee.Member> members, String unitCode, String name, String position,
			boolean support, LocalDate on) {
		official(unitCode, name, on).ifPresent(id -> members.add(new Committee.Member(id, position, support)));
	}

	/** The seed's surprise inspection: five topics, three communes, a dozen recommendations in every state. */
	private void surpriseInspection(Actor admin, Long board) {
		LocalDate work = LocalDate.of(2020, 6, 15);
		List<Long> communes = List.of(unit("XA_BINH_DUC").orElseThrow(), unit("XA_LONG_DINH").orElseThrow(),
				unit("XA_VINH_KIM").orElseThrow());
		List<TeamMember> team = new ArrayList<>();
		official("BDV_CHAU_THANH", "Nguyễn Thị Thu Hà", work).ifPresent(id -> team.add(new TeamMember(id, TeamRole.HEAD)));
		official("BDV_CHAU_THANH", "Lê Minh Tâm", work).ifPresent(id -> team.add(new TeamMember(id, TeamRole.DEPUTY)));
		official("BDV_CHAU_THANH", "Mỹ Nhiên", work).ifPresent(id -> team.add(new TeamMember(id, TeamRole.SECRETARY)));
		official("BDV_CHAU_THANH", "Trương Hoàng Phúc", work).ifPresent(id -> team.add(new TeamMember(id, TeamRole.MEMBER)));
		Inspection i = at(LocalDate.of(2020, 6, 8), () -> inspections.create(admin, new InspectionDraft(
				InspectionKind.INSPECTION, InspectionForm.SURPRISE,
				"Theo chỉ đạo của Ban Thường vụ Huyện ủy sau phản ánh của Nhân dân về việc tiếp dân và giải quyết thủ tục hành chính",
				"Kiểm tra đột xuất công tác Dân vận, Dân vận chính quyền, QCDC, cải cách hành chính, đạo đức công vụ năm 2020",
				board, new LinkedHashSet<>(communes), List.of(), new LinkedHashSet<>(ALL_TOPICS), LocalDate.of(2019, 1, 1),
				LocalDate.of(2020, 5, 31), "17-QĐ/BDVHU", LocalDate.of(2020, 6, 8), null, work, null, team, null, null)));
		at(LocalDate.of(2020, 6, 15), () -> inspections.start(admin, i.getId(), i.getVersion(),
				StepInput.on(LocalDate.of(2020, 6, 15), "Các xã nộp báo cáo tự kiểm tra tại buổi làm việc đầu tiên.")));
		at(LocalDate.of(2020, 6, 26), () -> inspections.endWork(admin, i.getId(), i.getVersion(),
				StepInput.on(LocalDate.of(2020, 6, 26), "Đã làm việc với 3 xã, dự thảo báo cáo kết quả kiểm tra.")));
		LocalDate concluded = LocalDate.of(2020, 7, 6);
		at(concluded, () -> inspections.conclude(admin, i.getId(), i.getVersion(), new StepInput(concluded,
				"21-TB/BDVHU",
				"Cấp ủy các xã quan tâm lãnh đạo công tác dân vận; tổ chức đối thoại định kỳ; niêm yết công khai thủ tục hành chính.",
				"Việc tiếp công dân chưa đúng lịch; một số thủ tục hành chính trễ hẹn; hộp thư góp ý chưa được mở định kỳ.",
				"Chưa phân công rõ trách nhiệm; cán bộ một cửa kiêm nhiệm nhiều việc.", null, null)));
		Long binhDuc = communes.get(0);
		Long longDinh = communes.get(1);
		Long vinhKim = communes.get(2);
		String[][] texts = {
			{ "0", "Xây dựng lịch tiếp công dân của Bí thư Đảng ủy và niêm yết tại trụ sở.", "30" },
			{ "1", "Rà soát, công khai các thủ tục hành chính trễ hẹn và xin lỗi người dân theo quy định.", "30" },
			{ "2", "Mở hộp thư góp ý định kỳ hằng tuần, lập sổ theo dõi.", "20" },
			{ "0", "Kiện toàn Ban chỉ đạo thực hiện Quy chế dân chủ ở cơ sở của xã.", "45" },
			{ "1", "Tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy với Nhân dân trong quý III.", "60" },
			{ "2", "Phân công cán bộ chuyên trách bộ phận một cửa, không kiêm nhiệm.", "45" },
			{ "0", "Bổ sung quy chế phối hợp giữa Đảng ủy, Ủy ban nhân dân và Mặt trận xã.", "60" },
			{ "1", "Tập huấn đạo đức công vụ cho cán bộ, công chức xã.", "90" },
			{ "2", "Báo cáo kết quả khắc phục hạn chế về tiếp công dân.", "30" },
			{ "0", "Công khai kết quả giải quyết kiến nghị của cử tri tại các ấp.", "45" },
			{ "1", "Xây dựng mô hình \"Dân vận khéo\" trong cải cách hành chính.", "90" },
			{ "2", "Kiểm điểm trách nhiệm tập thể, cá nhân để thủ tục hành chính trễ hẹn.", "20" } };
		List<Recommendation> recs = new ArrayList<>();
		List<Long> addressees = List.of(binhDuc, longDinh, vinhKim);
		for (String[] t : texts) {
			Inspection current = inspections.get(admin, i.getId());
			recs.add(at(concluded, () -> recommendations.add(admin, i.getId(), current.getVersion(),
					new RecommendationDraft(t[1], addressees.get(Integer.parseInt(t[0])), null,
							concluded.plusDays(Integer.parseInt(t[2]))))));
		}
		// four accepted, two reported done, two in progress (one late), two not started past due, two escalated
		for (int n : List.of(0, 1, 3, 4)) {
			reply(recs.get(n), concluded.plusDays(12 + n), true, "Đã thực hiện, gửi kèm báo cáo và hình ảnh.");
			accept(admin, recs.get(n), concluded.plusDays(20 + n));
		}
		reply(recs.get(6), concluded.plusDays(40), true, "Đã ban hành quy chế phối hợp.");
		reply(recs.get(9), concluded.plusDays(35), true, "Đã công khai tại 7 ấp.");
		reply(recs.get(7), concluded.plusDays(15), false, "Đang liên hệ Trường Chính trị tỉnh để tổ chức lớp tập huấn.");
		reply(recs.get(5), concluded.plusDays(18), false, "Đang bố trí nhân sự, dự kiến hoàn thành tháng 9.");
		at(concluded.plusDays(31), recommendations::escalate);
	}

	private void reply(Recommendation r, LocalDate on, boolean done, String note) {
		Actor officer = new DemoOfficer("admin", List.of(new Grant(Role.UNIT_OFFICER, r.getAddresseeUnitId())));
		at(on, () -> recommendations.reply(officer, r.getId(), r.getVersion(), done, note, null));
	}

	private void accept(Actor admin, Recommendation r, LocalDate on) {
		at(on, () -> recommendations.accept(admin, r.getId(), r.getVersion()));
	}

	/** The Standing Committee's 2020 programme: four planned checks, two concluded. */
	private void programme(Actor admin, Long district, Committee committee) {
		LocalDate approved = LocalDate.of(2020, 1, 10);
		InspectionPlan plan = at(approved, () -> plans.create(admin, district, 2020,
				"Chương trình kiểm tra, giám sát năm 2020 của Ban Thường vụ Huyện ủy", "05-CTr/HU", approved));
		Long front = unit("MTTQ_CHAU_THANH").orElseThrow();
		Long ubnd = unit("UBND_CHAU_THANH").orElseThrow();
		Long board = unit("BDV_CHAU_THANH").orElseThrow();
		planned(admin, plan, committee.getId(), board, InspectionKind.SUPERVISION, InspectionForm.SCHEDULED,
				"Giám sát việc thực hiện Quy chế dân chủ ở cơ sở tại Ủy ban MTTQ huyện", front, "QCDC",
				LocalDate.of(2020, 3, 16), 2);
		planned(admin, plan, null, board, InspectionKind.SUPERVISION, InspectionForm.THEMATIC,
				"Giám sát chuyên đề công tác dân vận chính quyền của Ủy ban nhân dân huyện", ubnd, "DAN_VAN_CHINH_QUYEN",
				LocalDate.of(2020, 5, 11), 2);
		planned(admin, plan, null, board, InspectionKind.SUPERVISION, InspectionForm.REGULAR,
				"Giám sát thường xuyên hoạt động Khối Dân vận xã Tân Hương", unit("XA_TAN_HUONG").orElseThrow(), "DAN_VAN",
				LocalDate.of(2020, 8, 17), 1);
		planned(admin, plan, null, board, InspectionKind.INSPECTION, InspectionForm.SCHEDULED,
				"Kiểm tra công tác cải cách hành chính tại xã Kim Sơn", unit("XA_KIM_SON").orElseThrow(), "CCHC",
				LocalDate.of(2020, 10, 12), 0);
	}

	/** A planned check taken {@code steps} steps past preparation (2 = concluded). */
	private void planned(Actor admin, InspectionPlan plan, Long committeeId, Long body, InspectionKind kind, InspectionForm form,
			String title, Long target, String topic, LocalDate work, int steps) {
		LocalDate decided = work.minusDays(20);
		Inspection i = at(decided, () -> inspections.create(admin, new InspectionDraft(kind, form, null, title, body,
				Set.of(target), List.of(), Set.of(topic), LocalDate.of(2019, 1, 1), work.minusDays(30),
				(decided.getMonthValue() + 3) + "-QĐ/BDVHU", decided, decided, work, null, List.of(), plan.getId(),
				committeeId)));
		if (steps >= 1) {
			at(work, () -> inspections.start(admin, i.getId(), i.getVersion(), StepInput.on(work, null)));
		}
		if (steps >= 2) {
			LocalDate end = work.plusDays(4);
			at(end, () -> inspections.endWork(admin, i.getId(), i.getVersion(), StepInput.on(end, null)));
			LocalDate notice = end.plusDays(10);
			at(notice, () -> inspections.conclude(admin, i.getId(), i.getVersion(), new StepInput(notice,
					(notice.getMonthValue() + 20) + "-TB/BDVHU", "Thực hiện nghiêm túc, đúng quy định.",
					"Một số nội dung chưa công khai kịp thời.", null, null, null)));
			Inspection concluded = inspections.get(admin, i.getId());
			Recommendation r = at(notice, () -> recommendations.add(admin, i.getId(), concluded.getVersion(),
					new RecommendationDraft("Công khai kịp thời các nội dung theo quy định.", target, null,
							notice.plusDays(30))));
			reply(r, notice.plusDays(10), true, "Đã công khai trên bảng tin và loa truyền thanh.");
			accept(admin, r, notice.plusDays(15));
			Inspection done = inspections.get(admin, i.getId());
			at(notice.plusDays(16), () -> inspections.finish(admin, i.getId(), done.getVersion(), null));
		}
	}

	/** Four directives in the communes: most on time, some late, some silent. */
	private void directives2020(Actor admin, Long district, Committee committee) {
		Set<Long> communes = new LinkedHashSet<>();
		COMMUNES.forEach(code -> unit(code).ifPresent(communes::add));
		directive(admin, district, "120-KL/TW", "Bộ Chính trị", IssuerLevel.CENTRAL, LocalDate.of(2020, 2, 3),
				"Tiếp tục quán triệt Kết luận của Bộ Chính trị về đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng "
						+ "và thực hiện quy chế dân chủ ở cơ sở",
				LocalDate.of(2020, 3, 31), communes, committee.getId(), 0);
		directive(admin, district, "218-KH/TU", "Tỉnh ủy Tiền Giang", IssuerLevel.PROVINCE,
				LocalDate.of(2020, 3, 2), "Kế hoạch thực hiện công tác dân vận năm 2020 trên địa bàn tỉnh",
				LocalDate.of(2020, 4, 30), communes, null, 3);
		directive(admin, district, "19-HD/BDVTU", "Ban Dân vận Tỉnh ủy Tiền Giang", IssuerLevel.PROVINCE,
				LocalDate.of(2020, 4, 6), "Hướng dẫn thực hiện phong trào thi đua \"Dân vận khéo\" năm 2020",
				LocalDate.of(2020, 5, 31), communes, null, 5);
		directive(admin, district, "86-KH/HU", "Huyện ủy Châu Thành", IssuerLevel.DISTRICT,
				LocalDate.of(2020, 7, 1), "Kế hoạch tuyên truyền, vận động Nhân dân tham gia xây dựng nông thôn mới năm 2020",
				LocalDate.of(2020, 8, 15), communes, null, 7);
	}

	/** Depending on {@code seed}, about one unit in five reports late and one in seven never reports. */
	private void directive(Actor admin, Long owner, String number, String issuer, IssuerLevel level,
			LocalDate issued, String summary, LocalDate due, Set<Long> units, Long committeeId, int seed) {
		var d = at(issued, () -> directives.create(admin, new DirectiveDraft(number, issuer, level, issued, summary,
				owner, due, "Báo cáo kết quả quán triệt (số buổi, số người dự) và kết quả thực hiện 6 tháng, cả năm.",
				units, committeeId)));
		at(due.minusDays(3), directives::remind);
		int n = 0;
		for (Long unit : units) {
			final int k = ++n;
			if ((k + seed) % 7 == 0) {
				continue;
			}
			boolean late = (k + seed) % 5 == 0;
			LocalDate on = late ? due.plusDays(6 + k % 5) : due.minusDays(4 + k % 9);
			Actor officer = new DemoOfficer("admin", List.of(new Grant(Role.UNIT_OFFICER, unit)));
			var row = directives.grid(admin, d.getId()).rows().stream().filter(r -> r.unit().getUnitId().equals(unit))
				.findFirst().orElseThrow().unit();
			at(on, () -> directives.report(officer, d.getId(), unit, row.getVersion(), new DisseminationReport(on, 1 + k % 2,
					8 + k % 6, 60 + 7 * k, 120 + 13 * k, null)));
		}
		at(due.plusDays(1), directives::remind);
		if (seed == 0) {
			Long first = units.iterator().next();
			Actor officer = new DemoOfficer("admin", List.of(new Grant(Role.UNIT_OFFICER, first)));
			at(LocalDate.of(2020, 9, 30), () -> directives.addReport(officer, d.getId(), first, ReportKind.IMPLEMENTATION,
					"Đã kiện toàn Ban chỉ đạo, tổ chức hội nghị nhân dân ở 100% ấp.", "7/7 ấp tổ chức hội nghị", null));
			at(LocalDate.of(2020, 11, 20), () -> directives.addReport(admin, d.getId(), owner, ReportKind.INTERIM_REVIEW,
					"Sơ kết việc thực hiện: các xã đã quán triệt, còn 3 xã báo cáo chậm.", null, null));
		}
	}

	/** This year's supervision and directive on today's xã, so that the lists show something this month. */
	private void thisYear(Actor admin) {
		Optional<Long> board = unit("BTGDV_DONG_THAP");
		Optional<Long> kimSon = unit("DUX_KIM_SON");
		Optional<Long> longDinh = unit("DUX_LONG_DINH");
		if (board.isEmpty() || kimSon.isEmpty() || longDinh.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(AppClock.VIETNAM);
		LocalDate work = today.minusDays(40);
		InspectionPlan plan = at(today.withDayOfYear(10), () -> plans.create(admin, board.get(), today.getYear(),
				"Chương trình giám sát năm " + today.getYear() + " của Ban Tuyên giáo và Dân vận Tỉnh ủy", "12-CTr/BTGDVTU",
				today.withDayOfYear(10)));
		Inspection i = at(work.minusDays(20), () -> inspections.create(admin, new InspectionDraft(
				InspectionKind.SUPERVISION, InspectionForm.THEMATIC, null,
				"Giám sát chuyên đề việc thực hiện dân chủ ở cơ sở tại xã Kim Sơn và xã Long Định", board.get(),
				new LinkedHashSet<>(List.of(kimSon.get(), longDinh.get())), List.of(), Set.of("QCDC", "DAN_VAN"),
				today.withDayOfYear(1), work.minusDays(30), "45-QĐ/BTGDVTU", work.minusDays(20), work.minusDays(18), work,
				null, List.of(), plan.getId(), null)));
		at(work, () -> inspections.start(admin, i.getId(), i.getVersion(), StepInput.on(work, null)));
		LocalDate end = work.plusDays(3);
		at(end, () -> inspections.endWork(admin, i.getId(), i.getVersion(), StepInput.on(end, null)));
		LocalDate notice = end.plusDays(7);
		at(notice, () -> inspections.conclude(admin, i.getId(), i.getVersion(), new StepInput(notice, "52-TB/BTGDVTU",
				"Các xã đã ban hành quy chế thực hiện dân chủ sau sắp xếp.",
				"Hội nghị nhân dân ở một số ấp chưa tổ chức đúng kỳ.", null, null, null)));
		Inspection concluded = inspections.get(admin, i.getId());
		at(notice, () -> recommendations.add(admin, i.getId(), concluded.getVersion(), new RecommendationDraft(
				"Tổ chức hội nghị nhân dân ở tất cả các ấp trước ngày 31/12.", kimSon.get(), null, today.plusDays(25))));
		Inspection again = inspections.get(admin, i.getId());
		at(notice, () -> recommendations.add(admin, i.getId(), again.getVersion(), new RecommendationDraft(
				"Báo cáo việc kiện toàn Ban Thanh tra nhân dân xã sau sắp xếp.", longDinh.get(), null, notice.plusDays(15))));
		planned(admin, plan, null, board.get(), InspectionKind.SUPERVISION, InspectionForm.SCHEDULED,
				"Giám sát việc thực hiện công tác dân vận chính quyền tại xã Vĩnh Kim",
				unit("DUX_VINH_KIM").orElse(kimSon.get()), "DAN_VAN_CHINH_QUYEN", today.plusDays(20), 0);

		communeOwn(admin, "KIM_SON", "Kim Sơn", today);
		communeOwn(admin, "LONG_DINH", "Long Định", today);

		Set<Long> xa = new LinkedHashSet<>();
		for (String code : List.of("DUX_TAN_HUONG", "DUX_CHAU_THANH", "DUX_LONG_HUNG", "DUX_LONG_DINH", "DUX_BINH_TRUNG",
				"DUX_VINH_KIM", "DUX_KIM_SON")) {
			unit(code).ifPresent(xa::add);
		}
		LocalDate issued = today.minusDays(20);
		var d = at(issued, () -> directives.create(admin, new DirectiveDraft("35-KH/BTGDVTU",
				"Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp", IssuerLevel.PROVINCE, issued,
				"Kế hoạch quán triệt, triển khai Quy chế 08-QC/TW về theo dõi, đôn đốc thực hiện nhiệm vụ trên dữ liệu",
				board.get(), today.plusDays(10), "Báo cáo số buổi quán triệt, số người dự theo nhóm.", xa, null)));
		for (Long unit : List.of(unit("DUX_TAN_HUONG").orElse(null), unit("DUX_VINH_KIM").orElse(null))) {
			if (unit == null) {
				continue;
			}
			Actor officer = new DemoOfficer("admin", List.of(new Grant(Role.UNIT_OFFICER, unit)));
			LocalDate on = today.minusDays(5);
			var row = directives.grid(admin, d.getId()).rows().stream().filter(r -> r.unit().getUnitId().equals(unit))
				.findFirst().orElseThrow().unit();
			at(on, () -> directives.report(officer, d.getId(), unit, row.getVersion(),
					new DisseminationReport(on, 1, 12, 85, 140, null)));
		}
	}

	/**
	 * A xã's own supervision of its People's Committee, with one recommendation, and its own directive to the
	 * Front and the People's Committee: records only that xã sees.
	 */
	private void communeOwn(Actor admin, String code, String name, LocalDate today) {
		Optional<Long> party = unit("DUX_" + code);
		Optional<Long> ubnd = unit("UBNDX_" + code);
		Optional<Long> front = unit("MTTQX_" + code);
		if (party.isEmpty() || ubnd.isEmpty() || front.isEmpty()) {
			return;
		}
		Actor officer = new DemoOfficer("admin", List.of(new Grant(Role.UNIT_OFFICER, party.get())));
		LocalDate work = today.minusDays(25);
		InspectionPlan plan = at(today.withDayOfYear(15), () -> plans.create(officer, party.get(), today.getYear(),
				"Chương trình kiểm tra, giám sát năm " + today.getYear() + " của Đảng ủy xã " + name, "02-CTr/ĐU",
				today.withDayOfYear(15)));
		List<Committee.Member> members = new ArrayList<>();
		List<OrgDirectory.OfficialRef> serving = org.officialsIn(party.get());
		for (int n = 0; n < Math.min(2, serving.size()); n++) {
			members.add(new Committee.Member(serving.get(n).id(), n == 0 ? "Trưởng Ban chỉ đạo" : "Phó Trưởng Ban", false));
		}
		at(today.withDayOfYear(20), () -> committeeService.create(officer, new CommitteeDraft(party.get(), null,
				"Ban chỉ đạo thực hiện dân chủ ở cơ sở xã " + name, "05-QĐ/ĐU", today.withDayOfYear(20), null, members), null));
		Inspection i = at(work.minusDays(18), () -> inspections.create(officer, new InspectionDraft(
				InspectionKind.SUPERVISION, InspectionForm.SCHEDULED, null,
				"Giám sát việc tiếp công dân và giải quyết thủ tục hành chính của Ủy ban nhân dân xã " + name,
				party.get(), Set.of(ubnd.get()), List.of(), Set.of("CCHC", "DAO_DUC_CONG_VU"), today.withDayOfYear(1),
				work.minusDays(20), "08-QĐ/ĐU", work.minusDays(18), work.minusDays(16), work, null, List.of(), plan.getId(),
				null)));
		at(work, () -> inspections.start(officer, i.getId(), i.getVersion(), StepInput.on(work, null)));
		LocalDate end = work.plusDays(2);
		at(end, () -> inspections.endWork(officer, i.getId(), i.getVersion(), StepInput.on(end, null)));
		LocalDate notice = end.plusDays(5);
		at(notice, () -> inspections.conclude(officer, i.getId(), i.getVersion(), new StepInput(notice, "11-TB/ĐU",
				"Bộ phận một cửa bố trí đủ công chức, niêm yết thủ tục đầy đủ.", "Còn hồ sơ trễ hẹn chưa xin lỗi người dân.",
				null, null, null)));
		Inspection concluded = inspections.get(officer, i.getId());
		at(notice, () -> recommendations.add(officer, i.getId(), concluded.getVersion(), new RecommendationDraft(
				"Gửi thư xin lỗi người dân có hồ sơ trễ hẹn và báo cáo kết quả.", ubnd.get(), null, today.plusDays(5))));
		LocalDate issued = today.minusDays(12);
		at(issued, () -> directives.create(officer, new DirectiveDraft("15-KH/ĐU", "Đảng ủy xã " + name,
				IssuerLevel.COMMUNE, issued, "Kế hoạch quán triệt Nghị quyết Đại hội Đảng bộ xã " + name + " đến các ấp",
				party.get(), today.plusDays(3), "Báo cáo số buổi, số người dự.", Set.of(front.get(), ubnd.get()), null)));
	}

	private Optional<Long> official(String unitCode, String name, LocalDate on) {
		return unit(unitCode).flatMap(u -> org.officialsIn(u, on).stream().filter(o -> o.fullName().equals(name))
			.map(OrgDirectory.OfficialRef::id).findFirst());
	}

	private static <T> T at(LocalDate day, Supplier<T> work) {
		return AppClock.asOf(LocalDateTime.of(day, java.time.LocalTime.of(9, 0)), work);
	}

	private Optional<Long> unit(String code) {
		return org.unitByCode(code).map(OrgDirectory.UnitRef::id);
	}

}
