package danvan.reporting.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import danvan.identity.Accounts;
import danvan.org.OrgDirectory;
import danvan.platform.AppClock;
import danvan.platform.security.Actor;
import danvan.platform.security.Role;
import danvan.reporting.report.Report;
import danvan.reporting.report.ReportQuote;
import danvan.reporting.report.ReportService;
import danvan.reporting.report.ReportStatus;
import danvan.platform.calendar.Deadline;
import danvan.test.DanvanSpringTest;

/** The reporting calendar as a board and its units use it: who has sent, who is late, reminders, quotes. */
@DanvanSpringTest
class ReportingCalendarTests {

	@Autowired
	ReportingDeadlines deadlines;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ReportingCalendar calendar;

	@Autowired
	CallReminders reminders;

	@Autowired
	ReportService reports;

	@Autowired
	OrgDirectory org;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void theDistrictSeesTwoCommunesLateAndOneReturnedForQ3Of2020() throws Exception {
		ReportingCall call = call("quý III năm 2020");
		List<ReportingCalendar.Answer> answers = calendar.answers(actor("bandanvan"), call);
		assertThat(answers).extracting(ReportingCalendar.Answer::unitName)
			.containsExactly("Đảng ủy xã Bình Đức", "Đảng ủy xã Long Định", "Đảng ủy xã Tam Hiệp", "Đảng ủy xã Thạnh Phú");
		assertThat(answers).filteredOn(ReportingCalendar.Answer::late)
			.extracting(ReportingCalendar.Answer::unitName)
			.containsExactly("Đảng ủy xã Long Định", "Đảng ủy xã Tam Hiệp");
		assertThat(answers.get(0).status()).isEqualTo(ReportStatus.RETURNED);
		assertThat(answers.get(0).late()).isFalse();

		mvc.perform(get("/reporting/calls/{id}", call.getId()).with(as("bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã gửi 4/4 đơn vị; chậm hạn: 2.")))
			.andExpect(content().string(containsString("Hạn nộp: 02/10/2020")));
		mvc.perform(get("/reporting/calls/{id}/side-by-side", call.getId()).with(as("bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1,2 km đường được bê tông hóa")))
			.andExpect(content().string(containsString("tập huấn kỹ năng đối thoại")));
	}

	@Test
	void theNineMonthReportQuotesTheAcceptedReportsWithTheirSourceAndCollectsTheirRecommendations() throws Exception {
		Report nine = reports.visibleTo(actor("bandanvan"), null)
			.stream()
			.filter(r -> r.getPeriodLabel().equals("9 tháng đầu năm 2020"))
			.findFirst()
			.orElseThrow();
		Report full = reports.get(actor("bandanvan"), nine.getId());
		assertThat(full.getQuotes()).filteredOn(q -> !q.isRecommendation())
			.extracting(ReportQuote::getSourceLabel)
			.containsExactlyInAnyOrder("Đảng ủy xã Tam Hiệp, báo cáo quý III năm 2020",
					"Đảng ủy xã Thạnh Phú, báo cáo quý III năm 2020");
		assertThat(full.getQuotes()).filteredOn(ReportQuote::isRecommendation)
			.extracting(ReportQuote::getExcerpt)
			.anyMatch(e -> e.contains("tuyến đường liên ấp"));
		// Long Định's report is waiting and Bình Đức's was returned: neither is quoted
		assertThat(full.getQuotes()).noneMatch(q -> q.getSourceLabel().contains("Long Định") || q.getSourceLabel().contains("Bình Đức"));

		byte[] docx = mvc.perform(get("/reporting/reports/{id}/document.docx", nine.getId()).with(as("bandanvan")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] pdf = mvc.perform(get("/reporting/reports/{id}/document.pdf", nine.getId()).with(as("bandanvan")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		// kept for a look (pdftoppm -png target/reporting-nine-months-2020.pdf)
		java.nio.file.Files.write(java.nio.file.Path.of("target/reporting-nine-months-2020.pdf"), pdf);
		java.nio.file.Files.write(java.nio.file.Path.of("target/reporting-nine-months-2020.docx"), docx);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("Theo báo cáo của Đảng ủy xã Tam Hiệp, báo cáo quý III năm 2020")
				.contains("Đảng ủy xã Tam Hiệp, báo cáo quý III năm 2020 kiến nghị: Kiến nghị Ủy ban nhân dân huyện")
				.contains("47-BC/BDVHU");
		}
	}

	@Test
	void aBadCallIsExplainedNextToItsFieldAndNothingIsSaved() throws Exception {
		long before = calendar.visibleTo(actor("admin")).size();
		Long province = unit("TU_DONG_THAP");
		Long kimSon = unit("DUX_KIM_SON");
		mvc.perform(newCall("bandanvan", province, "2026-12-31", "2026-10-01", "2027-01-10", kimSon))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.")));
		mvc.perform(newCall("bandanvan", province, "2026-10-01", "2026-12-31", "2026-09-01", kimSon))
			.andExpect(content().string(containsString("Hạn nộp không được trước ngày bắt đầu của kỳ báo cáo.")));
		mvc.perform(newCall("bandanvan", province, "2026-10-01", "2026-12-31", "2027-01-10", null))
			.andExpect(content().string(containsString("Chọn ít nhất một đơn vị phải báo cáo.")));
		mvc.perform(newCall("bandanvan", kimSon, "2026-10-01", "2026-12-31", "2027-01-10", unit("DUX_LONG_DINH")))
			.andExpect(content().string(containsString("Chỉ chọn được các đơn vị trực thuộc cấp nhận báo cáo.")));
		mvc.perform(newCall("binhduc", province, "2026-10-01", "2026-12-31", "2027-01-10", kimSon))
			.andExpect(status().isForbidden());
		assertThat(calendar.visibleTo(actor("admin"))).hasSize((int) before);
	}

	@Test
	void aUnitStartsItsReportFromTheCallPreFilledAndTheBoardSeesItSent() throws Exception {
		ReportingCall call = AppClock.asOf(LocalDateTime.of(2027, 1, 2, 8, 0), () -> calendar.create(actor("bandanvan"),
				new ReportingCalendar.NewCall("PERIODIC", unit("TU_DONG_THAP"), LocalDate.of(2026, 10, 1),
						LocalDate.of(2026, 12, 31), "quý IV năm 2026 (thử)", LocalDate.of(2027, 1, 10), 3, null,
						List.of(unit("DUX_KIM_SON"), unit("DUX_LONG_DINH")))));
		mvc.perform(post("/reporting/calls/{id}/units/{unit}/report", call.getId(), unit("DUX_LONG_DINH"))
			.with(as("binhduc"))).andExpect(status().isForbidden());
		String location = mvc.perform(post("/reporting/calls/{id}/units/{unit}/report", call.getId(), unit("DUX_KIM_SON"))
			.with(as("binhduc")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Long reportId = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		Report report = reports.get(actor("binhduc"), reportId);
		assertThat(report.getPeriodLabel()).isEqualTo("quý IV năm 2026 (thử)");
		assertThat(report.getFigures()).isNotEmpty();
		// a second click opens the same report
		mvc.perform(post("/reporting/calls/{id}/units/{unit}/report", call.getId(), unit("DUX_KIM_SON")).with(as("binhduc")))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(location));
		AppClock.asOf(LocalDateTime.of(2027, 1, 9, 16, 0), () -> reports.submit(actor("binhduc"), reportId, report.getVersion()));

		List<ReportingCalendar.Answer> answers = AppClock.asOf(LocalDateTime.of(2027, 1, 12, 8, 0),
				() -> calendar.answers(actor("bandanvan"), calendar.get(actor("bandanvan"), call.getId())));
		assertThat(answers).filteredOn(a -> a.unitId().equals(unit("DUX_KIM_SON"))).singleElement()
			.satisfies(a -> {
				assertThat(a.status()).isEqualTo(ReportStatus.SUBMITTED);
				assertThat(a.late()).isFalse();
			});
		assertThat(answers).filteredOn(a -> a.unitId().equals(unit("DUX_LONG_DINH"))).singleElement()
			.satisfies(a -> assertThat(a.late()).isTrue());
		// the unit officer sees only its own unit's line
		assertThat(calendar.answers(actor("binhduc"), call)).extracting(ReportingCalendar.Answer::unitId)
			.containsExactly(unit("DUX_KIM_SON"));
	}

	@Test
	void unitsThatHaveNotSentAreRemindedOnceBeforeTheDeadlineAndOnceLateAndTheBoardIsTold() {
		Accounts accounts = new Accounts(context);
		String officer = accounts.create("bctrung", Role.UNIT_OFFICER, "DUX_BINH_TRUNG");
		String board = accounts.create("bcbtg", Role.BOARD_OFFICER, "TU_DONG_THAP");
		ReportingCall call = AppClock.asOf(LocalDateTime.of(2027, 3, 20, 8, 0), () -> calendar.create(actor("bandanvan"),
				new ReportingCalendar.NewCall("PERIODIC", unit("TU_DONG_THAP"), LocalDate.of(2027, 1, 1),
						LocalDate.of(2027, 3, 31), "quý I năm 2027 (thử)", LocalDate.of(2027, 4, 10), 3, null,
						List.of(unit("DUX_BINH_TRUNG"), unit("DUX_VINH_KIM")))));
		AppClock.asOf(LocalDateTime.of(2027, 4, 2, 8, 0), () -> {
			Report vinhKim = calendar.startReport(actor("admin"), call.getId(), unit("DUX_VINH_KIM"));
			return reports.submit(actor("admin"), vinhKim.getId(), vinhKim.getVersion());
		});
		AppClock.asOf(LocalDateTime.of(2027, 4, 5, 7, 15), () -> reminders.remind());
		assertThat(inbox(officer)).isEmpty();
		AppClock.asOf(LocalDateTime.of(2027, 4, 8, 7, 15), () -> reminders.remind());
		AppClock.asOf(LocalDateTime.of(2027, 4, 9, 7, 15), () -> reminders.remind());
		assertThat(inbox(officer)).containsExactly(
				"Sắp đến hạn nộp báo cáo quý I năm 2027 (thử) (hạn 10/04/2027); đơn vị chưa gửi báo cáo.");
		AppClock.asOf(LocalDateTime.of(2027, 4, 11, 7, 15), () -> reminders.remind());
		AppClock.asOf(LocalDateTime.of(2027, 4, 12, 7, 15), () -> reminders.remind());
		assertThat(inbox(officer)).hasSize(2)
			.contains("Đã quá hạn nộp báo cáo quý I năm 2027 (thử) (hạn 10/04/2027); đề nghị đơn vị gửi báo cáo ngay.");
		assertThat(inbox(board)).containsExactly("Đảng ủy xã Bình Trưng chưa gửi báo cáo quý I năm 2027 (thử) (hạn 10/04/2027).");
		ReportingCall after = calendar.get(actor("admin"), call.getId());
		assertThat(after.unit(unit("DUX_VINH_KIM")).orElseThrow().getRemindedLateAt()).isNull();
		assertThat(after.unit(unit("DUX_BINH_TRUNG")).orElseThrow().getRemindedLateAt()).isNotNull();
	}

	@Test
	void aCallsDeadlineIsOnTheSharedCalendarUntilItsUnitsHaveSent() {
		ReportingCall call = AppClock.asOf(LocalDateTime.of(2027, 7, 1, 8, 0), () -> calendar.create(actor("bandanvan"),
				new ReportingCalendar.NewCall("PERIODIC", unit("TU_DONG_THAP"), LocalDate.of(2027, 4, 1),
						LocalDate.of(2027, 6, 30), "quý II năm 2027 (lịch thử)", LocalDate.of(2027, 7, 10), 3, null,
						List.of(unit("DUX_KIM_SON"), unit("DUX_LONG_DINH")))));
		LocalDate from = LocalDate.of(2027, 7, 1);
		LocalDate to = LocalDate.of(2027, 7, 31);
		assertThat(deadlines.deadlines(actor("bandanvan"), from, to)).singleElement().satisfies(d -> {
			assertThat(d.title()).isEqualTo("Báo cáo quý II năm 2027 (lịch thử): 2 đơn vị chưa gửi");
			assertThat(d.due()).isEqualTo(LocalDate.of(2027, 7, 10));
			assertThat(d.link()).isEqualTo("/reporting/calls/" + call.getId());
			assertThat(d.labelKey()).isEqualTo(ReportingDeadlines.LABEL);
		});
		assertThat(deadlines.deadlines(actor("binhduc"), from, to)).singleElement().satisfies(d -> {
			assertThat(d.title()).isEqualTo("Gửi báo cáo quý II năm 2027 (lịch thử)");
			assertThat(d.unitId()).isEqualTo(unit("DUX_KIM_SON"));
		});
		assertThat(deadlines.deadlines(actor("binhduc"), LocalDate.of(2027, 8, 1), LocalDate.of(2027, 8, 31))).isEmpty();

		AppClock.asOf(LocalDateTime.of(2027, 7, 12, 8, 0), () -> {
			Report kimSon = calendar.startReport(actor("binhduc"), call.getId(), unit("DUX_KIM_SON"));
			return reports.submit(actor("binhduc"), kimSon.getId(), kimSon.getVersion());
		});
		assertThat(deadlines.deadlines(actor("binhduc"), from, to)).isEmpty();
		assertThat(deadlines.deadlines(actor("bandanvan"), from, to)).extracting(Deadline::title)
			.containsExactly("Báo cáo quý II năm 2027 (lịch thử): 1 đơn vị chưa gửi");
	}

	private List<String> inbox(String username) {
		return jdbc.queryForList("select message from platform_notification where recipient = ? order by id", String.class,
				username);
	}

	private org.springframework.test.web.servlet.RequestBuilder newCall(String who, Long board, String from, String to,
			String deadline, Long unit) {
		var request = post("/reporting/calls").with(as(who))
			.param("kind", "PERIODIC")
			.param("board", board.toString())
			.param("from", from)
			.param("to", to)
			.param("deadline", deadline)
			.param("periodLabel", "quý IV năm 2026");
		if (unit != null) {
			request.param("units", unit.toString());
		}
		return request;
	}

	private ReportingCall call(String label) {
		return calendar.visibleTo(actor("admin"))
			.stream()
			.filter(c -> c.getPeriodLabel().equals(label))
			.findFirst()
			.orElseThrow();
	}

	private Actor actor(String username) {
		return (Actor) users.loadUserByUsername(username);
	}

	private RequestPostProcessor as(String username) {
		return request -> csrf().postProcessRequest(user(users.loadUserByUsername(username)).postProcessRequest(request));
	}

	private Long unit(String code) {
		return org.unitByCode(code).orElseThrow().id();
	}

}
