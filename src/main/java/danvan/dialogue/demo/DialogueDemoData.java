package danvan.dialogue.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import danvan.dialogue.reception.ReceptionDay;
import danvan.dialogue.reception.ReceptionDraft;
import danvan.dialogue.reception.ReceptionService;
import danvan.org.OrgDirectory;
import danvan.platform.AppClock;
import danvan.platform.RunMode;
import danvan.platform.security.Actor;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;
import danvan.dialogue.Dialogue;
import danvan.dialogue.DialogueDraft;
import danvan.dialogue.DialogueKind;
import danvan.dialogue.DialogueRepository;
import danvan.dialogue.DialogueService;
import danvan.dialogue.petition.Petition;
import danvan.dialogue.petition.PetitionDraft;
import danvan.dialogue.petition.PetitionKind;
import danvan.dialogue.petition.PetitionService;
import danvan.dialogue.petition.PetitionSource;

/**
 * The seed's nine months of 2020: three dialogues of the district Party committee (one comprehensive, two on
 * Education) with the petitions heard there in several states, the reception days of the district secretary and
 * of two communes with their cases, and this year's records on today's units (the province, the new communes) so
 * that the overdue list and the reception check have something today. Loaded once, in demo mode, when the district's units are there.
 */
@Component
@Order(45)
class DialogueDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DialogueDemoData.class);

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

	private static final String[] NAMES = { "Trần Văn Lộc", "Nguyễn Thị Bé", "Lê Văn Thành", "Phan Thị Nga",
			"Võ Văn Quý" };

	private final RunMode mode;

	private final DialogueRepository dialogueRepository;

	private final DialogueService dialogues;

	private final PetitionService petitions;

	private final OrgDirectory org;

	private final ReceptionService receptions;

	DialogueDemoData(RunMode mode, DialogueRepository dialogueRepository, DialogueService dialogues,
			PetitionService petitions, OrgDirectory org, ReceptionService receptions) {
		this.receptions = receptions;
		this.mode = mode;
		this.dialogueRepository = dialogueRepository;
		this.dialogues = dialogues;
		this.petitions = petitions;
		this.org = org;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Optional<Long> district = unit("HU_CHAU_THANH");
		Optional<Long> committee = unit("UBND_CHAU_THANH");
		if (!mode.isDemo() || dialogueRepository.count() > 0 || district.isEmpty() || committee.isEmpty()) {
			return;
		}
		Actor board = new DemoOfficer("bandanvan", List.of(new Grant(Role.BOARD_OFFICER, district.get())));
		Actor agency = new DemoOfficer("admin", List.of(new Grant(Role.ADMIN, null)));
		Long host = district.get();
		Long ubnd = committee.get();

		Dialogue comprehensive = at(2020, 5, 21, () -> dialogues.create(board, host, new DialogueDraft(
				DialogueKind.COMPREHENSIVE, null, "Đối thoại trực tiếp giữa người đứng đầu cấp ủy với Nhân dân năm 2020",
				LocalDate.of(2020, 5, 21), "Hội trường Huyện ủy Châu Thành", "Bí thư Huyện ủy Châu Thành", 152,
				"Các kiến nghị thuộc thẩm quyền được giao Ủy ban nhân dân huyện trả lời trong thời hạn luật định.")));
		Dialogue education1 = at(2020, 7, 16, () -> dialogues.create(board, host, new DialogueDraft(DialogueKind.THEMATIC,
				"Giáo dục", "Đối thoại chuyên đề về giáo dục: cơ sở vật chất trường học và chuẩn bị năm học 2020–2021",
				LocalDate.of(2020, 7, 16), "Trường THCS Long Định", "Phó Bí thư Thường trực Huyện ủy", 96, null)));
		Dialogue education2 = at(2020, 9, 10, () -> dialogues.create(board, host, new DialogueDraft(DialogueKind.THEMATIC,
				"Giáo dục", "Đối thoại chuyên đề về giáo dục: học phí, đồ dùng học tập và an toàn trường học",
				LocalDate.of(2020, 9, 10), "Hội trường Ủy ban nhân dân xã Vĩnh Kim", "Chủ tịch Ủy ban nhân dân huyện", 118,
				null)));

		Petition lights = heard(board, comprehensive, PetitionKind.PETITION, "Giao thông",
				"Đề nghị lắp đèn chiếu sáng tuyến đường liên ấp Long Hòa – Long Thạnh.", 12, "Nguyễn Văn Bảy");
		at(2020, 5, 22, () -> petitions.forward(board, lights.getId(), lights.getVersion(), ubnd, "45-CV/HU",
				LocalDate.of(2020, 5, 22), null));
		at(2020, 6, 3, () -> petitions.answer(agency, lights.getId(), lights.getVersion(),
				"Đã đưa vào kế hoạch đầu tư công năm 2020, thi công trong quý III.", LocalDate.of(2020, 6, 3)));
		at(2020, 6, 5, () -> petitions.close(board, lights.getId(), lights.getVersion(), "Đã thông báo tại cuộc họp ấp."));

		Petition onSpot = heard(board, comprehensive, PetitionKind.FEEDBACK, "Đất đai",
				"Phản ánh thủ tục cấp giấy chứng nhận quyền sử dụng đất còn chậm.", 3, "Trần Thị Mười");
		at(2020, 5, 21, () -> petitions.answer(board, onSpot.getId(), onSpot.getVersion(),
				"Lãnh đạo Ủy ban nhân dân huyện trả lời trực tiếp tại buổi đối thoại.", LocalDate.of(2020, 5, 21)));

		Petition late = heard(board, comprehensive, PetitionKind.PETITION, "Môi trường",
				"Đề nghị xử lý cơ sở chăn nuôi gây ô nhiễm tại ấp Bình Thạnh.", 8, "Lê Văn Hai");
		at(2020, 5, 25, () -> petitions.forward(board, late.getId(), late.getVersion(), ubnd, "46-CV/HU",
				LocalDate.of(2020, 5, 25), null));

		Petition school = heard(board, education1, PetitionKind.PETITION, "Giáo dục",
				"Đề nghị sửa chữa phòng học xuống cấp tại điểm trường tiểu học ấp Long Thới.", 20, "Phạm Thị Hoa");
		at(2020, 7, 17, () -> petitions.forward(board, school.getId(), school.getVersion(), ubnd, "61-CV/HU",
				LocalDate.of(2020, 7, 17), null));
		at(2020, 7, 28, () -> petitions.answer(agency, school.getId(), school.getVersion(),
				"Phòng Giáo dục và Đào tạo bố trí kinh phí sửa chữa trước năm học mới.", LocalDate.of(2020, 7, 28)));

		Petition teachers = heard(board, education1, PetitionKind.FEEDBACK, "Giáo dục",
				"Phản ánh thiếu giáo viên tiếng Anh ở các trường tiểu học vùng sâu.", 5, "Võ Văn Tám");
		at(2020, 7, 17, () -> petitions.accept(board, teachers.getId(), teachers.getVersion(), null));
		at(2020, 7, 30, () -> petitions.answer(board, teachers.getId(), teachers.getVersion(),
				"Huyện điều động giáo viên dạy liên trường từ học kỳ I.", LocalDate.of(2020, 7, 30)));
		at(2020, 8, 10, () -> petitions.reopen(board, teachers.getId(), teachers.getVersion(),
				"Phụ huynh cho biết đến nay vẫn chưa có giáo viên."));

		Petition fees = heard(board, education2, PetitionKind.PETITION, "Giáo dục",
				"Đề nghị công khai các khoản thu đầu năm học.", 30, "Huỳnh Thị Lan");
		at(2020, 9, 10, () -> petitions.answer(board, fees.getId(), fees.getVersion(),
				"Trả lời tại chỗ: các trường niêm yết khoản thu tại bảng tin và họp phụ huynh.", LocalDate.of(2020, 9, 10)));
		at(2020, 9, 11, () -> petitions.close(board, fees.getId(), fees.getVersion(), null));

		Petition crossing = heard(board, education2, PetitionKind.PETITION, "Giao thông",
				"Đề nghị bố trí người hướng dẫn qua đường trước cổng trường giờ tan học.", 15, "Nguyễn Thị Sáu");
		at(2020, 9, 11, () -> petitions.forward(board, crossing.getId(), crossing.getVersion(), ubnd, "80-CV/HU",
				LocalDate.of(2020, 9, 11), null));

		Petition court = heard(board, education2, PetitionKind.COMPLAINT, "Đất đai",
				"Khiếu nại quyết định thu hồi đất làm đường vào trường.", 1, "Đặng Văn Út");
		at(2020, 9, 11, () -> petitions.guide(board, court.getId(), court.getVersion(),
				"Hướng dẫn gửi đơn khiếu nại đến Chủ tịch Ủy ban nhân dân huyện theo Luật Khiếu nại."));

		receptions2020(board, host);

		LocalDate today = LocalDate.now(AppClock.VIETNAM);
		LocalDate recent = today.minusDays(3);
		LocalDate older = today.minusDays(30);
		// this year's records go on today's units: the district ended on 1/7/2025
		Optional<Long> province = unit("TU_DONG_THAP");
		Optional<Long> communeCommittee = unit("UBNDX_VINH_KIM");
		if (province.isPresent() && communeCommittee.isPresent()) {
			Actor provinceBoard = new DemoOfficer("bandanvan", List.of(new Grant(Role.BOARD_OFFICER, province.get())));
			Long p = province.get();
			Petition overdueNow = at(older.getYear(), older.getMonthValue(), older.getDayOfMonth(),
					() -> petitions.receive(provinceBoard, new PetitionDraft(p, null, PetitionSource.LETTER,
							PetitionKind.PETITION, "Thủy lợi", "Đề nghị nạo vét kênh nội đồng trước mùa mưa.", 6,
							"Trương Văn Chín", null, null, null, older)));
			at(older.getYear(), older.getMonthValue(), older.getDayOfMonth(), () -> petitions.forward(provinceBoard,
					overdueNow.getId(), overdueNow.getVersion(), communeCommittee.get(), null, older, null));
			at(recent.getYear(), recent.getMonthValue(), recent.getDayOfMonth(),
					() -> petitions.receive(provinceBoard, new PetitionDraft(p, null, PetitionSource.LETTER,
							PetitionKind.FEEDBACK, "An ninh trật tự", "Phản ánh tụ tập gây mất trật tự ban đêm tại chợ xã.",
							4, "Lý Thị Mai", null, null, null, recent)));
		}
		unit("DUX_KIM_SON").ifPresent(commune -> communeDialogue(commune, "Kim Sơn", recent));
		unit("DUX_LONG_DINH").ifPresent(commune -> communeDialogue(commune, "Long Định", recent));
		unit("DUX_KIM_SON").ifPresent(commune -> communeReceptions(commune, "Kim Sơn", today, 2));
		unit("DUX_LONG_DINH").ifPresent(commune -> communeReceptions(commune, "Long Định", today, 1));
		log.info("Chế độ demo: đã tạo các cuộc đối thoại năm 2020 (3 của Huyện ủy) và kiến nghị kèm theo.");
	}

	/** A commune's own dialogue of this year, held by its officers, with one petition still waiting. */
	private void communeDialogue(Long commune, String name, LocalDate day) {
		Actor officer = new DemoOfficer("admin", List.of(new Grant(Role.UNIT_OFFICER, commune)));
		Dialogue dialogue = at(day.getYear(), day.getMonthValue(), day.getDayOfMonth(),
				() -> dialogues.create(officer, commune, new DialogueDraft(DialogueKind.COMPREHENSIVE, null,
						"Đối thoại giữa Bí thư Đảng ủy xã " + name + " với Nhân dân", day, "Hội trường Đảng ủy xã " + name,
						"Bí thư Đảng ủy xã " + name, 64, null)));
		heard(officer, dialogue, PetitionKind.PETITION, "Giao thông",
				"Đề nghị nâng cấp cầu dân sinh tại xã " + name + ".", 9, "Nguyễn Văn Tư");
	}

	/**
	 * The district secretary's monthly reception days of January to September 2020 and the communes' twice-monthly
	 * ones; xã Tam Hiệp held only one day in some months, below the commune minimum.
	 */
	private void receptions2020(Actor board, Long district) {
		String[][] cases = {
				{ "Giao thông", "Đề nghị sửa chữa cầu khỉ ấp Long Hòa đã xuống cấp." },
				{ "Đất đai", "Phản ánh tranh chấp ranh giới đất giữa hai hộ liền kề." },
				{ "Chính sách xã hội", "Đề nghị xem xét hỗ trợ hộ cận nghèo theo chuẩn mới." },
				{ "Môi trường", "Phản ánh rác thải tồn đọng tại bến đò." },
				{ "Nông nghiệp", "Đề nghị hỗ trợ giống lúa sau đợt hạn mặn." } };
		for (int month = 1; month <= 9; month++) {
			int m = month;
			ReceptionDay day = at(2020, m, 1, () -> receptions.schedule(board, new ReceptionDraft(district, "HUYEN",
					"Bí thư Huyện ủy", ReceptionDay.Kind.IN_PERSON, LocalDate.of(2020, m, 15), "Trụ sở tiếp công dân huyện")));
			boolean withCase = month <= cases.length;
			at(2020, m, 15, () -> receptions.held(board, day.getId(), day.getVersion(), "Bí thư Huyện ủy",
					withCase ? 1 : 0, withCase ? 3 : 1, null));
			if (withCase) {
				String[] c = cases[m - 1];
				LocalDate on = LocalDate.of(2020, m, 15);
				Petition petition = at(2020, m, 15, () -> petitions.receive(board, new PetitionDraft(district, null,
						PetitionSource.RECEPTION, m == 2 ? PetitionKind.COMPLAINT : PetitionKind.PETITION, c[0], c[1], 1,
						NAMES[m - 1], null, "Ấp Long Hòa", null, on), day.getId()));
				if (m == 1 || m == 3) {
					at(2020, m, 16, () -> petitions.accept(board, petition.getId(), petition.getVersion(), null));
					at(2020, m, 27, () -> petitions.answer(board, petition.getId(), petition.getVersion(),
							"Huyện đã chỉ đạo xử lý, thông báo cho công dân.", LocalDate.of(2020, m, 27)));
				}
				else if (m == 2) {
					at(2020, m, 17, () -> petitions.guide(board, petition.getId(), petition.getVersion(),
							"Hướng dẫn gửi đơn đến Chủ tịch Ủy ban nhân dân xã theo Luật Khiếu nại."));
				}
			}
		}
		commune2020(board, "XA_LONG_DINH", 2);
		commune2020(board, "XA_TAM_HIEP", 1);
	}

	private void commune2020(Actor board, String code, int perMonth) {
		unit(code).ifPresent(commune -> {
			for (int month = 1; month <= 9; month++) {
				for (int k = 0; k < (month % 3 == 0 ? perMonth : 2); k++) {
					LocalDate on = LocalDate.of(2020, month, 8 + 14 * k);
					ReceptionDay day = at(2020, month, 1, () -> receptions.schedule(board, new ReceptionDraft(commune,
							"XA", "Bí thư Đảng ủy xã", ReceptionDay.Kind.IN_PERSON, on, "Trụ sở Đảng ủy xã")));
					at(on.getYear(), on.getMonthValue(), on.getDayOfMonth(), () -> receptions.held(board, day.getId(),
							day.getVersion(), "Bí thư Đảng ủy xã", 0, 2, null));
				}
			}
		});
	}

	/** This month's and last month's reception days of a commune's secretary, {@code perMonth} a month. */
	private void communeReceptions(Long commune, String name, LocalDate today, int perMonth) {
		Actor officer = new DemoOfficer("admin", List.of(new Grant(Role.UNIT_OFFICER, commune)));
		LocalDate lastMonth = today.minusMonths(1).withDayOfMonth(5);
		for (int k = 0; k < perMonth; k++) {
			LocalDate on = lastMonth.plusDays(10L * k);
			ReceptionDay day = at(lastMonth.getYear(), lastMonth.getMonthValue(), 1, () -> receptions.schedule(officer,
					new ReceptionDraft(commune, "XA", "Bí thư Đảng ủy xã " + name, ReceptionDay.Kind.IN_PERSON, on,
							"Trụ sở Đảng ủy xã " + name)));
			at(on.getYear(), on.getMonthValue(), on.getDayOfMonth(), () -> receptions.held(officer, day.getId(),
					day.getVersion(), "Bí thư Đảng ủy xã " + name, 1, 2, null));
		}
		LocalDate next = today.plusDays(7);
		at(today.getYear(), today.getMonthValue(), today.getDayOfMonth(), () -> receptions.schedule(officer,
				new ReceptionDraft(commune, "XA", "Bí thư Đảng ủy xã " + name,
						perMonth > 1 ? ReceptionDay.Kind.IN_PERSON : ReceptionDay.Kind.ONLINE, next,
						"Trụ sở Đảng ủy xã " + name)));
	}

	private Petition heard(Actor board, Dialogue dialogue, PetitionKind kind, String field, String content, int people,
			String name) {
		LocalDate day = dialogue.getHeldOn();
		return at(day.getYear(), day.getMonthValue(), day.getDayOfMonth(),
				() -> petitions.receive(board, new PetitionDraft(dialogue.getHostUnitId(), dialogue.getId(),
						PetitionSource.DIALOGUE, kind, field, content, people, name, null, null, null, day)));
	}

	private static <T> T at(int year, int month, int day, Supplier<T> work) {
		return AppClock.asOf(LocalDateTime.of(year, month, day, 9, 0), work);
	}

	private Optional<Long> unit(String code) {
		return org.unitByCode(code).map(OrgDirectory.UnitRef::id);
	}

}
