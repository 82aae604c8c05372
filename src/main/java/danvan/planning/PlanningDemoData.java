package danvan.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import danvan.org.OrgDirectory;
import danvan.planning.meeting.Attendance;
import danvan.planning.meeting.Meeting;
import danvan.planning.meeting.MeetingDraft;
import danvan.planning.meeting.MeetingService;
import danvan.planning.meeting.MeetingTask;
import danvan.planning.plan.ItemDraft;
import danvan.planning.plan.Plan;
import danvan.planning.plan.PlanDraft;
import danvan.planning.plan.PlanItem;
import danvan.planning.plan.PlanService;
import danvan.planning.plan.ProgressService;
import danvan.platform.AppClock;
import danvan.platform.RunMode;
import danvan.platform.security.Actor;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;

/**
 * The seed's 2020 on the old district: the Huyện ủy's 2020–2025 programme with targets split to six communes and
 * Q1–Q3 progress (some behind), the board's 2020 plan, each bloc's quarterly meetings (Tam Hiệp missed Q2), the
 * training course, the conference of 8/10/2020 and its Q4 tasks; and this year's plans and meetings on today's
 * province and xã. Loaded once, in demo mode.
 */
@Component
@Order(50)
class PlanningDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PlanningDemoData.class);

	static final String[] COMMUNES = { "BINH_DUC", "LONG_DINH", "KIM_SON", "VINH_KIM", "LONG_HUNG", "TAM_HIEP" };

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

	private final PlanService plans;

	private final ProgressService progress;

	private final MeetingService meetings;

	private final PlanningUnits units;

	private final OrgDirectory org;

	PlanningDemoData(RunMode mode, PlanService plans, ProgressService progress, MeetingService meetings,
			PlanningUnits units, OrgDirectory org) {
		this.mode = mode;
		this.plans = plans;
		this.progress = progress;
		this.meetings = meetings;
		this.units = units;
		this.org = org;
	}

	/** Not one transaction: each service call commits on its own, so the persistence context stays small. */
	@Override
	public void run(ApplicationArguments args) {
		Optional<Long> district = unit("HU_CHAU_THANH");
		if (!mode.isDemo() || district.isEmpty() || !plans.list(admin(), PlanService.Filter.none()).isEmpty()) {
			return;
		}
		Actor admin = admin();
		termProgramme(admin, district.get());
		boardPlan(admin);
		blocMeetings(admin, district.get());
		training(admin);
		conference(admin, district.get());
		thisYear(admin);
		log.info("Chế độ demo: đã tạo chương trình hành động 2020–2025, kế hoạch, các cuộc họp Khối Dân vận, tập huấn và hội nghị.");
	}

	private void termProgramme(Actor admin, Long district) {
		Plan plan = at(2020, 1, 15, () -> plans.create(admin, district, new PlanDraft(Plan.Kind.TERM_PROGRAMME,
				"Chương trình hành động của Ban Chấp hành Huyện ủy nhiệm kỳ 2020–2025 về công tác dân vận", "05-CTr/HU",
				LocalDate.of(2020, 1, 15), LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 30))));
		PlanItem group = plans.addItem(admin, plan.getId(), new ItemDraft(PlanItem.Kind.TASK, null,
				"Nâng cao chất lượng, hiệu quả công tác dân vận của hệ thống chính trị", new BigDecimal("2"), unitId("BDV_CHAU_THANH"),
				null, LocalDate.of(2025, 6, 30), null, null, null, null, null, null));
		PlanItem models = plans.addItem(admin, plan.getId(), ItemDraft.target(group.getId(),
				"Số mô hình “Dân vận khéo” được công nhận", "mô hình", new BigDecimal("20"), new BigDecimal("60"),
				PlanItem.Aggregation.SUM, unitId("BDV_CHAU_THANH"), LocalDate.of(2025, 6, 30)).weighted(new BigDecimal("3")));
		PlanItem families = plans.addItem(admin, plan.getId(), ItemDraft.target(group.getId(),
				"Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình văn hóa”", "%", new BigDecimal("85"), new BigDecimal("90"),
				PlanItem.Aggregation.AVERAGE, unitId("BDV_CHAU_THANH"), LocalDate.of(2025, 6, 30)));
		PlanItem review = plans.addItem(admin, plan.getId(), ItemDraft.task(null,
				"Bám sát kế hoạch, rà soát các chỉ tiêu; tổ chức sơ kết quý, họp Khối Dân vận định kỳ", unitId("BDV_CHAU_THANH"),
				LocalDate.of(2020, 12, 31)));
		plans.reportTask(admin, review.getId(), review.getVersion(), 75, "Đã sơ kết quý I, II, III; họp Khối định kỳ.");
		int[] modelTargets = { 12, 10, 11, 9, 10, 8 };
		// cumulative models recognised by the end of Q1, Q2, Q3 2020; -1: not reported
		int[][] modelsDone = { { 1, 2, 3 }, { 1, 1, 2 }, { 0, 2, 2 }, { 0, 0, 1 }, { 1, 1, -1 }, { 0, 0, 0 } };
		int[][] familiesDone = { { 88, 89, 90 }, { 86, 87, 87 }, { 87, 88, 88 }, { 85, 85, 86 }, { 86, 86, -1 }, { 84, 84, 85 } };
		for (int i = 0; i < COMMUNES.length; i++) {
			Long commune = unitId("XA_" + COMMUNES[i]);
			plans.split(admin, models.getId(), commune, BigDecimal.valueOf(modelTargets[i]));
			plans.split(admin, families.getId(), commune, new BigDecimal("90"));
			for (int q = 0; q < 3; q++) {
				Long period = progress.periodByCode("2020-Q" + (q + 1)).orElseThrow().getId();
				int day = q == 0 ? 31 : 30;
				int month = q * 3 + 3;
				int m = modelsDone[i][q];
				int f = familiesDone[i][q];
				if (m >= 0) {
					at(2020, month, day, () -> progress.report(admin, models.getId(), commune, period, BigDecimal.valueOf(m),
							null, null));
				}
				if (f >= 0) {
					at(2020, month, day, () -> progress.report(admin, families.getId(), commune, period, BigDecimal.valueOf(f),
							null, null));
				}
			}
		}
	}

	private void boardPlan(Actor admin) {
		Long board = unitId("BDV_CHAU_THANH");
		Plan plan = at(2020, 1, 20, () -> plans.create(admin, board, new PlanDraft(Plan.Kind.ANNUAL,
				"Kế hoạch công tác dân vận năm 2020 của Ban Dân vận Huyện ủy", "12-KH/BDVHU", LocalDate.of(2020, 1, 20),
				LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))));
		PlanItem training = plans.addItem(admin, plan.getId(),
				ItemDraft.task(null, "Tập huấn chuyên môn cho cán bộ khối dân vận", board, LocalDate.of(2020, 8, 31)));
		plans.reportTask(admin, training.getId(), training.getVersion(), 100, "Đã tổ chức ngày 20–21/8/2020.");
		PlanItem conference = plans.addItem(admin, plan.getId(),
				ItemDraft.task(null, "Tham mưu tổ chức Hội nghị sơ kết công tác dân vận 9 tháng", board, LocalDate.of(2020, 10, 15)));
		plans.reportTask(admin, conference.getId(), conference.getVersion(), 100, "Hội nghị ngày 8/10/2020.");
		PlanItem guide = plans.addItem(admin, plan.getId(), ItemDraft.task(null,
				"Hướng dẫn các xã, thị trấn xây dựng mô hình “Dân vận khéo”", board, LocalDate.of(2020, 11, 30)));
		plans.reportTask(admin, guide.getId(), guide.getVersion(), 60, null);
		PlanItem blocs = plans.addItem(admin, plan.getId(), ItemDraft.target(null, "Số cuộc họp Khối Dân vận xã, thị trấn",
				"cuộc", BigDecimal.ZERO, new BigDecimal("4"), PlanItem.Aggregation.SUM, board, LocalDate.of(2020, 12, 31)));
		for (String c : COMMUNES) {
			plans.split(admin, blocs.getId(), unitId("KDV_" + c), new BigDecimal("4"));
		}
		plans.addItem(admin, plan.getId(),
				ItemDraft.task(null, "Tổng kết công tác dân vận năm 2020", board, LocalDate.of(2020, 12, 31)));
	}

	private void blocMeetings(Actor admin, Long district) {
		PlanningUnits.Tree tree = units.tree();
		for (PlanningUnits.Unit bloc : tree.units().values()) {
			if (!"KHOI_DAN_VAN".equals(bloc.kindCode()) || !tree.within(bloc.id(), district)) {
				continue;
			}
			String chair = org.officialsIn(bloc.id(), LocalDate.of(2020, 1, 1)).stream().findFirst()
				.map(OrgDirectory.OfficialRef::fullName).orElse(null);
			for (int q = 1; q <= 4; q++) {
				if (bloc.code().equals("KDV_TAM_HIEP") && q == 2) {
					continue;
				}
				LocalDateTime start = LocalDateTime.of(2020, q * 3, 20 + q, 14, 0);
				int quarter = q;
				Meeting m = at(2020, q * 3, 10, () -> meetings.create(admin, bloc.id(), new MeetingDraft(Meeting.Kind.BLOC_MEETING,
						"Họp " + bloc.name() + " quý " + roman(quarter) + " năm 2020", start, start.plusHours(2),
						"Hội trường Đảng ủy " + bloc.name().replace("Khối Dân vận ", ""), false, chair,
						"Đánh giá công tác dân vận quý; thống nhất nhiệm vụ quý tới.", null)));
				at(2020, q * 3, 21 + q, () -> meetings.close(admin, m.getId(), m.getVersion(),
						"Khối thống nhất các nội dung phối hợp vận động Nhân dân trong quý tới.", null));
			}
		}
	}

	private void training(Actor admin) {
		Long board = unitId("BDV_CHAU_THANH");
		Meeting m = at(2020, 8, 5, () -> meetings.create(admin, board, new MeetingDraft(Meeting.Kind.TRAINING,
				"Tập huấn chuyên môn, nghiệp vụ công tác dân vận năm 2020", LocalDateTime.of(2020, 8, 20, 7, 30),
				LocalDateTime.of(2020, 8, 21, 16, 30), "Hội trường Huyện ủy", false, "Trưởng Ban Dân vận Huyện ủy",
				"Khai mạc; các chuyên đề; trao đổi, thảo luận; bế giảng.",
				"Kỹ năng dân vận; Quy chế dân chủ ở cơ sở; xây dựng và nhân rộng mô hình “Dân vận khéo”; công tác nắm tình hình Nhân dân.")));
		boolean first = true;
		for (String c : COMMUNES) {
			Long bloc = unitId("KDV_" + c);
			meetings.invite(admin, m.getId(), bloc, null);
			for (OrgDirectory.OfficialRef o : org.officialsIn(bloc, LocalDate.of(2020, 8, 20))) {
				if (first) {
					meetings.record(admin, m.getId(), o.id(), null, Attendance.Presence.ABSENT, "Đi công tác theo phân công của Đảng ủy xã",
							null, false);
					first = false;
				}
				else {
					meetings.record(admin, m.getId(), o.id(), null, Attendance.Presence.PRESENT, null, null, true);
				}
			}
		}
		at(2020, 8, 21, () -> meetings.close(admin, m.getId(), m.getVersion(),
				"Các học viên hoàn thành chương trình tập huấn; Khối Dân vận các xã triển khai lại tại cơ sở.", null));
	}

	private void conference(Actor admin, Long district) {
		Meeting m = at(2020, 9, 28, () -> meetings.create(admin, district, new MeetingDraft(Meeting.Kind.CONFERENCE,
				"Hội nghị sơ kết công tác dân vận 9 tháng đầu năm, triển khai nhiệm vụ quý IV năm 2020",
				LocalDateTime.of(2020, 10, 8, 7, 30), LocalDateTime.of(2020, 10, 8, 11, 30), "Hội trường Huyện ủy Châu Thành",
				false, "Trần Văn Thắng", "Báo cáo sơ kết 9 tháng; tham luận; phát biểu chỉ đạo; kết luận.", null)));
		String[] invited = { "BDV_CHAU_THANH", "UBND_CHAU_THANH", "MTTQ_CHAU_THANH", "HND_CHAU_THANH", "HLHPN_CHAU_THANH",
				"HD_CHAU_THANH", "HCCB_CHAU_THANH", "LDLD_CHAU_THANH" };
		LocalDate day = LocalDate.of(2020, 10, 8);
		int n = 0;
		for (String code : invited) {
			Long u = unitId(code);
			meetings.invite(admin, m.getId(), u, null);
			for (OrgDirectory.OfficialRef o : org.officialsIn(u, day)) {
				Attendance.Presence p = n == 3 ? Attendance.Presence.SUBSTITUTE : Attendance.Presence.PRESENT;
				meetings.record(admin, m.getId(), o.id(), null, p, null, p == Attendance.Presence.SUBSTITUTE ? "Phó Chủ tịch Hội" : null,
						false);
				n++;
			}
		}
		org.officialsIn(district, day).forEach(o -> meetings.record(admin, m.getId(), o.id(), null,
				Attendance.Presence.PRESENT, null, null, false));
		meetings.count(admin, m.getId(), "Đại biểu Đảng ủy, Khối Dân vận các xã, thị trấn", 40);
		meetings.count(admin, m.getId(), "Đại biểu các ban, ngành, đoàn thể huyện", 24);
		at(2020, 10, 8, () -> meetings.close(admin, m.getId(), m.getVersion(),
				"Hội nghị thống nhất: bám sát kế hoạch, rà soát các chỉ tiêu chưa đạt; tiếp tục xây dựng mô hình “Dân vận khéo”; "
						+ "tổ chức họp Khối Dân vận quý IV đúng định kỳ.", null));
		MeetingTask review = meetings.assign(admin, m.getId(), "Rà soát các chỉ tiêu chương trình hành động chưa đạt, đề xuất giải pháp quý IV",
				unitId("BDV_CHAU_THANH"), null, LocalDate.of(2020, 11, 15));
		at(2020, 11, 12, () -> meetings.complete(admin, review.getId(), review.getVersion()));
		meetings.assign(admin, m.getId(), "Vận động hội viên tham gia xây dựng mô hình “Dân vận khéo” trong quý IV",
				unitId("MTTQ_CHAU_THANH"), null, LocalDate.of(2020, 12, 15));
		meetings.assign(admin, m.getId(), "Giải quyết dứt điểm các kiến nghị tồn đọng của cử tri trước ngày 31/12/2020",
				unitId("UBND_CHAU_THANH"), null, LocalDate.of(2020, 12, 31));
	}

	private void thisYear(Actor admin) {
		Optional<Long> province = unit("BTGDV_DONG_THAP");
		Optional<Long> kimSon = unit("DUX_KIM_SON");
		Optional<Long> longDinh = unit("DUX_LONG_DINH");
		if (province.isEmpty() || kimSon.isEmpty() || longDinh.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(AppClock.VIETNAM);
		int year = today.getYear();
		Plan plan = plans.create(admin, province.get(), new PlanDraft(Plan.Kind.ANNUAL,
				"Kế hoạch công tác dân vận năm " + year + " của Ban Tuyên giáo và Dân vận Tỉnh ủy", "03-KH/BTGDVTU",
				LocalDate.of(year, 1, 10), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
		PlanItem models = plans.addItem(admin, plan.getId(), ItemDraft.target(null, "Số mô hình “Dân vận khéo” mới được công nhận",
				"mô hình", BigDecimal.ZERO, new BigDecimal("10"), PlanItem.Aggregation.SUM, province.get(), LocalDate.of(year, 12, 31)));
		plans.split(admin, models.getId(), kimSon.get(), new BigDecimal("5"));
		plans.split(admin, models.getId(), longDinh.get(), new BigDecimal("5"));
		int lastQuarter = (today.getMonthValue() - 1) / 3;
		for (int q = 1; q <= lastQuarter; q++) {
			Long period = progress.periodByCode(year + "-Q" + q).orElseThrow().getId();
			progress.report(admin, models.getId(), kimSon.get(), period, BigDecimal.valueOf(q), null, null);
		}
		LocalDate dueSoon = today.withDayOfMonth(Math.min(today.lengthOfMonth(), today.getDayOfMonth() + 7));
		plans.addItem(admin, plan.getId(), ItemDraft.task(null, "Sơ kết công tác dân vận " + (lastQuarter >= 3 ? "9 tháng" : "quý"),
				province.get(), dueSoon));
		plans.addItem(admin, plan.getId(), ItemDraft.task(null, "Hướng dẫn Đảng ủy các xã họp định kỳ về công tác dân vận",
				kimSon.get(), today.withDayOfMonth(today.lengthOfMonth())));
		LocalDate soon = today.withDayOfMonth(Math.min(today.lengthOfMonth(), today.getDayOfMonth() + 2));
		Meeting session = meetings.create(admin, province.get(), new MeetingDraft(Meeting.Kind.WORKING_SESSION,
				"Làm việc với Đảng ủy xã Kim Sơn về công tác dân vận năm " + year, soon.atTime(8, 0), soon.atTime(11, 0),
				"Hội trường Đảng ủy xã Kim Sơn", false, "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy",
				"Nghe báo cáo kết quả; trao đổi khó khăn; thống nhất nhiệm vụ.", null));
		meetings.invite(admin, session.getId(), kimSon.get(), null);
		LocalDate earlier = today.withDayOfMonth(Math.max(1, today.getDayOfMonth() - 3));
		commune(admin, kimSon.get(), "KIM_SON", "Kim Sơn", earlier, year);
		commune(admin, longDinh.get(), "LONG_DINH", "Long Định", earlier, year);
		LocalDate later = today.withDayOfMonth(Math.min(today.lengthOfMonth(), today.getDayOfMonth() + 5));
		Meeting course = meetings.create(admin, province.get(), new MeetingDraft(Meeting.Kind.TRAINING,
				"Tập huấn nghiệp vụ công tác dân vận cho cán bộ cấp xã năm " + year, later.atTime(7, 30), later.atTime(16, 30),
				null, true, "Ban Tuyên giáo và Dân vận Tỉnh ủy", null, "Kỹ năng dân vận trong chính quyền địa phương hai cấp.")) ;
		meetings.invite(admin, course.getId(), kimSon.get(), null);
		meetings.invite(admin, course.getId(), longDinh.get(), null);
	}

	/** A xã's own plan for the year and its monthly briefing, held a few days ago, with a task from it. */
	private void commune(Actor admin, Long party, String code, String name, LocalDate day, int year) {
		Long board = unit("BXDDX_" + code).orElse(party);
		Plan plan = plans.create(admin, party, new PlanDraft(Plan.Kind.ANNUAL,
				"Kế hoạch công tác dân vận năm " + year + " của Đảng ủy xã " + name, "02-KH/ĐU", LocalDate.of(year, 1, 15),
				LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
		PlanItem target = plans.addItem(admin, plan.getId(), ItemDraft.target(null, "Số mô hình “Dân vận khéo” đăng ký mới",
				"mô hình", BigDecimal.ZERO, new BigDecimal("3"), PlanItem.Aggregation.SUM, board, LocalDate.of(year, 12, 31)));
		plans.split(admin, target.getId(), board, new BigDecimal("3"));
		plans.addItem(admin, plan.getId(), ItemDraft.task(null, "Tổ chức hội nghị giao ban công tác dân vận hằng tháng", board,
				day.withDayOfMonth(day.lengthOfMonth())));
		Meeting commune = meetings.create(admin, party, new MeetingDraft(Meeting.Kind.CONFERENCE,
				"Hội nghị giao ban công tác dân vận xã " + name, day.atTime(14, 0), day.atTime(16, 30),
				"Hội trường Đảng ủy xã " + name, false, "Bí thư Đảng ủy xã " + name, null, null));
		meetings.count(admin, commune.getId(), "Cán bộ các ban, ngành, đoàn thể xã", 35);
		Meeting closed = meetings.close(admin, commune.getId(), commune.getVersion(),
				"Các đoàn thể rà soát mô hình “Dân vận khéo”, báo cáo Ban Xây dựng Đảng.", null);
		meetings.assign(admin, closed.getId(), "Báo cáo danh sách mô hình “Dân vận khéo” đăng ký năm " + year, board, null,
				day.withDayOfMonth(day.lengthOfMonth()));
	}

	private static String roman(int q) {
		return new String[] { "", "I", "II", "III", "IV" }[q];
	}

	private static Actor admin() {
		return new DemoOfficer("admin", List.of(new Grant(Role.ADMIN, null)));
	}

	private static <T> T at(int year, int month, int day, Supplier<T> work) {
		return AppClock.asOf(LocalDateTime.of(year, month, day, 9, 0), work);
	}

	private Long unitId(String code) {
		return unit(code).orElseThrow(() -> new IllegalStateException("demo unit " + code + " missing"));
	}

	private Optional<Long> unit(String code) {
		return org.unitByCode(code).map(OrgDirectory.UnitRef::id);
	}

}
