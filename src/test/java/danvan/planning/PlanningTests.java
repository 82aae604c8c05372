package danvan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;

import danvan.org.OrgDirectory;
import danvan.planning.calendar.CalendarService;
import danvan.planning.meeting.Attendance;
import danvan.planning.meeting.BlocMeetingCheck;
import danvan.planning.meeting.Meeting;
import danvan.planning.meeting.MeetingDraft;
import danvan.planning.meeting.MeetingService;
import danvan.planning.meeting.MeetingTask;
import danvan.planning.plan.Plan;
import danvan.planning.plan.PlanBoard;
import danvan.planning.plan.PlanService;
import danvan.planning.plan.ProgressService;
import danvan.platform.AppClock;
import danvan.platform.notifications.NotificationService;
import danvan.platform.security.Actor;
import danvan.platform.web.RuleViolationException;
import danvan.test.DanvanSpringTest;

@DanvanSpringTest
class PlanningTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PlanService plans;

	@Autowired
	PlanBoard boards;

	@Autowired
	ProgressService progress;

	@Autowired
	MeetingService meetings;

	@Autowired
	BlocMeetingCheck blocs;

	@Autowired
	CalendarService calendar;

	@Autowired
	NotificationService notifications;

	@Autowired
	OrgDirectory org;

	@Test
	void theTermProgrammeRollsTheCommunesUpToTheDistrictAndMarksWhoIsBehind() {
		Actor board = actor("bandanvan");
		Plan programme = termProgramme(board);
		Long q3 = progress.periodByCode("2020-Q3").orElseThrow().getId();
		PlanBoard.Board view = boards.board(board, programme.getId(), null, q3);
		assertThat(view.unitId()).isEqualTo(unit("HU_CHAU_THANH"));
		PlanBoard.Node models = node(view, "Số mô hình “Dân vận khéo” được công nhận");
		// 3 + 2 + 2 + 1 + (Long Hưng did not report) + 0 of 12 + 10 + 11 + 9 + 10 + 8
		assertThat(models.cell().target()).isEqualByComparingTo("60");
		assertThat(models.cell().achieved()).isEqualByComparingTo("8");
		assertThat(models.percent()).isEqualByComparingTo("13.3");
		assertThat(models.cell().missingUnits()).isEqualTo(1);
		// 30/9/2020 is 274 of the programme's 2,008 days (13.6 %): 13.3 % is behind
		assertThat(models.behind()).isTrue();
		PlanBoard.Node families = node(view, "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình văn hóa”");
		// (90 + 87 + 88 + 86 + 85) / 5 reported, of an average target of 90
		assertThat(families.cell().achieved()).isEqualByComparingTo("87.20");
		assertThat(families.percent()).isEqualByComparingTo("96.9");

		List<PlanBoard.UnitRow> rows = boards.perUnit(board, models.item().getId(), null, q3);
		assertThat(rows).filteredOn(r -> r.unit().code().equals("XA_BINH_DUC")).singleElement()
			.satisfies(r -> assertThat(r.behind()).isFalse());
		assertThat(rows).filteredOn(r -> r.unit().code().equals("XA_TAM_HIEP")).singleElement()
			.satisfies(r -> assertThat(r.behind()).isTrue());
		assertThat(rows).filteredOn(r -> r.unit().code().equals("XA_LONG_HUNG")).singleElement()
			.satisfies(r -> assertThat(r.cell().achieved()).isNull());
	}

	@Test
	void behindPlanIsJudgedOnTheDayTheClockSays() {
		Actor board = actor("bandanvan");
		Plan programme = termProgramme(board);
		Long q3 = progress.periodByCode("2020-Q3").orElseThrow().getId();
		// on 15/8/2020 only 228 of 2,008 days (11.4 %) have passed: 13.3 % is on track
		PlanBoard.Board mid = AppClock.asOf(LocalDateTime.of(2020, 8, 15, 9, 0),
				() -> boards.board(board, programme.getId(), null, q3));
		assertThat(node(mid, "Số mô hình “Dân vận khéo” được công nhận").behind()).isFalse();
		PlanBoard.Board late = AppClock.asOf(LocalDateTime.of(2020, 11, 1, 9, 0),
				() -> boards.board(board, programme.getId(), null, q3));
		assertThat(node(late, "Số mô hình “Dân vận khéo” được công nhận").behind()).isTrue();
	}

	@Test
	void progressIsRefusedForAUnitTheTargetIsNotSplitToAndForAbsurdValues() throws Exception {
		Actor board = actor("bandanvan");
		Plan programme = termProgramme(board);
		PlanBoard.Node models = node(boards.board(board, programme.getId(), null, null), "Số mô hình “Dân vận khéo” được công nhận");
		Long q3 = progress.periodByCode("2020-Q3").orElseThrow().getId();
		Long id = models.item().getId();
		assertThatThrownBy(() -> progress.report(board, id, unit("XA_SONG_THUAN"), q3, BigDecimal.ONE, null, null))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("unitId"));
		assertThatThrownBy(() -> progress.report(board, id, unit("XA_BINH_DUC"), q3, new BigDecimal("-1"), null, null))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey()).isEqualTo("planning.progress.achieved.negative"));
		assertThatThrownBy(() -> progress.report(board, id, unit("XA_BINH_DUC"), q3, new BigDecimal("5000"), null, null))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.messageKey()).isEqualTo("planning.progress.achieved.absurd"));
		mvc.perform(post("/planning/plans/{id}/items/{itemId}/progress", programme.getId(), id).with(as("bandanvan"))
			.param("unitId", unit("XA_SONG_THUAN").toString()).param("periodId", q3.toString()).param("achieved", "abc"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/planning/plans/{id}/items/{itemId}/progress", programme.getId(), id).with(as("bandanvan"))
			.param("unitId", unit("XA_SONG_THUAN").toString()).param("periodId", q3.toString()).param("achieved", "2"))
			.andExpect(flash().attributeExists("org.springframework.validation.BindingResult.progressForm"));
		// nothing changed: Bình Đức still has 3 at the end of Q3
		assertThat(boards.perUnit(board, id, null, q3)).filteredOn(r -> r.unit().code().equals("XA_BINH_DUC"))
			.singleElement().satisfies(r -> assertThat(r.cell().achieved()).isEqualByComparingTo("3"));
	}

	@Test
	void tamHiepsBlocMissedTheSecondQuarterOf2020AndNoOtherQuarterIsMissing() {
		List<BlocMeetingCheck.Row> rows = blocs.check(unit("HU_CHAU_THANH"), 2020, LocalDate.of(2026, 12, 2));
		assertThat(rows).hasSize(4 * 21);
		assertThat(rows).filteredOn(r -> !r.held())
			.extracting(r -> r.unit().code() + " " + r.getLabel())
			.containsExactly("KDV_TAM_HIEP Q2/2020");
		mvc.toString();
	}

	@Test
	void aMeetingWithInvitationsAttendanceAGuestConclusionsAndATaskTrackedToDone() throws Exception {
		Actor board = actor("bandanvan");
		Long province = unit("BTGDV_DONG_THAP");
		Long longDinh = unit("DUX_LONG_DINH");
		LocalDateTime start = LocalDateTime.of(2026, 11, 20, 8, 0);
		assertThatThrownBy(() -> meetings.create(board, province, new MeetingDraft(Meeting.Kind.WORKING_SESSION,
				"Làm việc thử", start, start.minusHours(1), null, false, null, null, null)))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("endsAt"));
		Meeting meeting = meetings.create(board, province, new MeetingDraft(Meeting.Kind.WORKING_SESSION,
				"Làm việc với xã Long Định về dân vận chính quyền", start, start.plusHours(3), "Hội trường xã", false,
				"Trưởng Ban", null, null));
		meetings.invite(board, meeting.getId(), longDinh, null);
		assertThat(notifications.readAll(actor("longdinh")))
			.anySatisfy(n -> assertThat(n.getMessage()).contains("Làm việc với xã Long Định").contains("08:00 20/11/2026"));
		OrgDirectory.OfficialRef invitedOne = org.officialsIn(unit("BXDDX_LONG_DINH"), LocalDate.of(2026, 11, 20)).get(0);
		Attendance present = meetings.record(board, meeting.getId(), invitedOne.id(), null, Attendance.Presence.PRESENT,
				null, null, false);
		assertThat(present.isGuest()).isFalse();
		OrgDirectory.OfficialRef outsider = org.officialsIn(unit("BXDDX_KIM_SON"), LocalDate.of(2026, 11, 20)).get(0);
		assertThat(meetings.record(board, meeting.getId(), outsider.id(), null, Attendance.Presence.PRESENT, null, null, false)
			.isGuest()).as("an official not invited comes as a guest").isTrue();
		assertThatThrownBy(() -> meetings.record(board, meeting.getId(), null, "Nguyễn Văn A", Attendance.Presence.ABSENT,
				" ", null, false))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("reason"));
		meetings.count(board, meeting.getId(), "Cán bộ các đoàn thể xã", 12);
		assertThat(meetings.attendees(meeting.getId())).isEqualTo(14);

		Meeting held = meetings.close(board, meeting.getId(), meeting.getVersion(), "Xã hoàn thành rà soát trong tháng 12.", null);
		assertThat(held.getStatus()).isEqualTo(Meeting.Status.HELD);
		assertThatThrownBy(() -> meetings.assign(board, meeting.getId(), "Rà soát", longDinh, null, null))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("dueOn"));
		assertThatThrownBy(() -> meetings.assign(board, meeting.getId(), "Rà soát", null, null, LocalDate.of(2026, 12, 20)))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("assigneeUnitId"));
		MeetingTask task = meetings.assign(board, meeting.getId(), "Rà soát hồ sơ các mô hình", longDinh, null,
				LocalDate.of(2026, 12, 20));
		assertThat(task.isOverdue(LocalDate.of(2026, 12, 21))).isTrue();
		// the assignee's own officer marks it done; another commune's officer may not
		assertThatThrownBy(() -> meetings.complete(actor("binhduc"), task.getId(), task.getVersion()))
			.isInstanceOf(AccessDeniedException.class);
		MeetingTask done = meetings.complete(actor("longdinh"), task.getId(), task.getVersion());
		assertThat(done.getStatus()).isEqualTo(MeetingTask.Status.DONE);

		mvc.perform(get("/planning/meetings/{id}", meeting.getId()).with(as("bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("khách mời")))
			.andExpect(content().string(containsString("Đã hoàn thành")));
		byte[] sheet = mvc.perform(get("/planning/meetings/{id}/attendance.xlsx", meeting.getId()).with(as("bandanvan")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
			String text = text(book.getSheetAt(0));
			assertThat(text).contains(invitedOne.fullName()).contains("Có mặt").contains("khách mời").contains("14");
		}
	}

	@Test
	void aUnitOfficerSeesItsOwnMeetingsAndReportsOnlyItsOwnProgress() throws Exception {
		mvc.perform(get("/planning/meetings").with(as("binhduc")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Làm việc với Đảng ủy xã Kim Sơn")))
			.andExpect(content().string(not(containsString("Khối Dân vận xã Long Định quý"))));
		Plan current = plans.list(actor("bandanvan"), PlanService.Filter.none()).stream()
			.filter(p -> p.getOwnerUnitId().equals(unit("BTGDV_DONG_THAP"))).findFirst().orElseThrow();
		PlanBoard.Node models = node(boards.board(actor("bandanvan"), current.getId(), null, null),
				"Số mô hình “Dân vận khéo” mới được công nhận");
		Long period = progress.periodByCode("2026-Q1").orElseThrow().getId();
		assertThatThrownBy(() -> progress.report(actor("binhduc"), models.item().getId(), unit("DUX_LONG_DINH"), period,
				BigDecimal.ONE, null, null)).isInstanceOf(AccessDeniedException.class);
		progress.report(actor("longdinh"), models.item().getId(), unit("DUX_LONG_DINH"), period, BigDecimal.ONE, null, null);
	}

	@Test
	void theICalendarFeedParsesBackAndAnUnknownTokenIsAPlain404() throws Exception {
		String token = calendar.tokenOf(actor("binhduc"));
		String ics = mvc.perform(get("/calendar/{token}.ics", token))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		ICalendar parsed = Biweekly.parse(ics).first();
		assertThat(parsed).isNotNull();
		List<String> summaries = parsed.getEvents().stream().map(VEvent::getSummary).map(s -> s.getValue()).toList();
		assertThat(summaries).anySatisfy(s -> assertThat(s).startsWith("Làm việc với Đảng ủy xã Kim Sơn"));
		VEvent session = parsed.getEvents().stream()
			.filter(e -> e.getSummary().getValue().startsWith("Làm việc với Đảng ủy xã Kim Sơn")).findFirst().orElseThrow();
		// 08:00 in Việt Nam is 01:00 UTC
		assertThat(session.getDateStart().getValue().toInstant().atZone(java.time.ZoneOffset.UTC).getHour()).isEqualTo(1);
		assertThat(session.getLocation().getValue()).isEqualTo("Hội trường Đảng ủy xã Kim Sơn");
		assertThat(summaries).noneSatisfy(s -> assertThat(s).contains("Long Định"));

		mvc.perform(get("/calendar/{token}.ics", "x".repeat(32)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("token"))));
		String renewed = calendar.renew(actor("binhduc"));
		mvc.perform(get("/calendar/{token}.ics", token)).andExpect(status().isNotFound());
		mvc.perform(get("/calendar/{token}.ics", renewed)).andExpect(status().isOk());
	}

	@Test
	void theCalendarPageShowsThisMonthsMeetings() throws Exception {
		mvc.perform(get("/planning/calendar").with(as("binhduc")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Làm việc với Đảng ủy xã Kim Sơn")))
			.andExpect(content().string(containsString("/calendar/")));
		mvc.perform(get("/planning/calendar").param("view", "list").param("date", "2020-10-01").with(as("bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hội nghị sơ kết công tác dân vận 9 tháng đầu năm")));
	}

	@Test
	void theExcelExportCarriesTheTreeTheUnitsAndTheAssessment() throws Exception {
		Plan programme = termProgramme(actor("bandanvan"));
		Long q3 = progress.periodByCode("2020-Q3").orElseThrow().getId();
		byte[] sheet = mvc.perform(get("/planning/plans/{id}/export", programme.getId()).param("period", q3.toString())
			.with(as("bandanvan"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
			Sheet first = book.getSheetAt(0);
			assertThat(first.getPrintSetup().getLandscape()).isTrue();
			String text = text(first);
			assertThat(text).contains(programme.getTitle()).contains("Số mô hình “Dân vận khéo” được công nhận")
				.contains("Đảng ủy xã Tam Hiệp").contains("Chậm so với kế hoạch").contains("Chưa báo cáo");
		}
	}

	@Test
	void theApiGivesThePlanTreeTheMeetingsAndTheFigures() throws Exception {
		Plan programme = termProgramme(actor("bandanvan"));
		mvc.perform(get("/api/planning/plans/{id}", programme.getId()).with(as("bandanvan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.indicator == 'Số mô hình “Dân vận khéo” được công nhận')].target").value(hasItem(60.0)))
			.andExpect(jsonPath("$.items[?(@.indicator == 'Số mô hình “Dân vận khéo” được công nhận')].achieved").value(hasItem(8.0)))
			.andExpect(jsonPath("$.items[?(@.indicator == 'Số mô hình “Dân vận khéo” được công nhận')].unit").value(hasItem("mô hình")))
			.andExpect(jsonPath("$.items[?(@.indicator == 'Số mô hình “Dân vận khéo” được công nhận')].percent").value(hasItem(13.3)));
		mvc.perform(get("/api/planning/meetings").param("from", "2020-10-01").param("to", "2020-10-31").with(as("bandanvan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.kind == 'CONFERENCE')].attendees").value(hasItem(greaterThan(60))));
		mvc.perform(get("/api/planning/figures").param("unit", unit("HU_CHAU_THANH").toString()).param("from", "2020-01-01")
			.param("to", "2020-12-31").with(as("bandanvan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'planning.bloc-meetings.due')].value").value(hasItem(84)))
			.andExpect(jsonPath("$[?(@.code == 'planning.bloc-meetings.held')].value").value(hasItem(83)))
			.andExpect(jsonPath("$[?(@.code == 'planning.meetings.training')].value").value(hasItem(1)))
			.andExpect(jsonPath("$[?(@.code == 'planning.meetings.conference')].value").value(hasItem(1)));
		mvc.perform(get("/api/planning/figures").param("unit", unit("HU_CHAU_THANH").toString()).param("from", "2020-12-31")
			.param("to", "2020-01-01").with(as("bandanvan")))
			.andExpect(status().isUnprocessableEntity());
		Plan kimSon = plans.list(actor("bandanvan"), PlanService.Filter.none()).stream()
			.filter(p -> p.getOwnerUnitId().equals(unit("DUX_KIM_SON"))).findFirst().orElseThrow();
		mvc.perform(get("/api/planning/plans/{id}", kimSon.getId()).with(as("longdinh")))
			.andExpect(status().isForbidden());
	}

	private Plan termProgramme(Actor actor) {
		return plans.list(actor, PlanService.Filter.none()).stream()
			.filter(p -> p.getKind() == Plan.Kind.TERM_PROGRAMME).findFirst().orElseThrow();
	}

	private static PlanBoard.Node node(PlanBoard.Board board, String title) {
		return board.nodes().stream().filter(n -> n.item().getTitle().equals(title)).findFirst().orElseThrow();
	}

	private static String text(Sheet sheet) {
		StringBuilder out = new StringBuilder();
		for (Row row : sheet) {
			row.forEach(c -> out.append(c.getCellType() == CellType.NUMERIC
					? String.valueOf((long) c.getNumericCellValue()) : c.getStringCellValue()).append('|'));
			out.append('\n');
		}
		return out.toString();
	}

	private Long unit(String code) {
		return org.unitByCode(code).orElseThrow().id();
	}

	private Actor actor(String username) {
		return (Actor) users.loadUserByUsername(username);
	}

	private RequestPostProcessor as(String username) {
		var details = users.loadUserByUsername(username);
		return request -> csrf().postProcessRequest(user(details).postProcessRequest(request));
	}

}
