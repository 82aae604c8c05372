package danvan.dialogue.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import danvan.dialogue.DialogueDraft;
import danvan.dialogue.DialogueKind;
import danvan.dialogue.DialogueService;
import danvan.dialogue.register.ReceptionRegister;
import danvan.dialogue.reception.ReceptionDay;
import danvan.dialogue.reception.ReceptionDraft;
import danvan.dialogue.reception.ReceptionService;
import danvan.org.OrgDirectory;
import danvan.platform.AppClock;
import danvan.platform.notifications.NotificationService;
import danvan.platform.security.Actor;
import danvan.platform.web.RuleViolationException;
import danvan.test.DanvanSpringTest;

@DanvanSpringTest
@Tag("db")
class DialogueReceptionTrackingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DialogueService dialogues;

	@Autowired
	PetitionService petitions;

	@Autowired
	PetitionRepository petitionRepository;

	@Autowired
	PetitionReminders reminders;

	@Autowired
	ReceptionService receptions;

	@Autowired
	NotificationService notifications;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrgDirectory org;

	@Test
	void newRecordsOnTheEndedDistrictAreRefusedNamingItsSuccessor() throws Exception {
		Long district = unit("HU_CHAU_THANH");
		long before = petitionRepository.count();
		assertThatThrownBy(() -> dialogues.create(actor("bandanvan"), district, new DialogueDraft(
				DialogueKind.COMPREHENSIVE, null, "Đối thoại", LocalDate.of(2026, 3, 2), null, "Bí thư", 10, null)))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("hostUnitId"));
		mvc.perform(post("/api/dialogue/petitions").with(as("bandanvan")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"unitId": %d, "receivedOn": "2026-03-02", "kind": "PETITION", "content": "Nội dung",
					 "petitionerName": "Nguyễn Văn A"}""".formatted(district)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"))
			.andExpect(content().string(containsString("Tỉnh ủy Đồng Tháp")));
		assertThat(petitionRepository.count()).isEqualTo(before);
		// this year's demo records are on today's units
		assertThat(petitions.list(actor("bandanvan"), new PetitionFilter(null, true, null, unit("TU_DONG_THAP"))))
			.extracting(Petition::getContent).contains("Đề nghị nạo vét kênh nội đồng trước mùa mưa.");
		// the 2020 story stays on the old units
		assertThat(petitions.list(actor("bandanvan"), new PetitionFilter(null, null, null, district))).hasSizeGreaterThan(8);
	}

	@Test
	void theCitizenTracksThePetitionWithCodeAndSecretAndSeesNoPersonalData() throws Exception {
		Petition p = received("Phản ánh đèn tín hiệu giao thông hỏng", "079203007777");
		String secret = p.getTrackingSecret();
		assertThat(secret).hasSize(PetitionService.SECRET_LENGTH);
		mvc.perform(post("/kien-nghi/tra-cuu").with(csrf()).with(client("10.1.0.1")).param("code", p.getTrackingCode())
			.param("secret", secret))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã tiếp nhận")))
			.andExpect(content().string(containsString("Tỉnh ủy Đồng Tháp")))
			.andExpect(content().string(not(containsString("Nguyễn Văn Riêng"))))
			.andExpect(content().string(not(containsString("079203007777"))));
		String wrongSecret = mvc.perform(post("/kien-nghi/tra-cuu").with(csrf()).with(client("10.1.0.2"))
			.param("code", p.getTrackingCode()).param("secret", "AAAAAA"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String unknownCode = mvc.perform(post("/kien-nghi/tra-cuu").with(csrf()).with(client("10.1.0.2"))
			.param("code", "KN2026-ZZZZZZZZ").param("secret", "AAAAAA"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		for (String answer : List.of(wrongSecret, unknownCode)) {
			assertThat(answer).contains("Không tìm thấy kiến nghị với mã tra cứu và mã bí mật đã nhập.")
				.doesNotContain("Hạn trả lời").doesNotContain("Đã tiếp nhận");
		}
		mvc.perform(get("/kien-nghi/tra-cuu")).andExpect(status().isOk());
	}

	@Test
	void guessingCodesIsRateLimited() throws Exception {
		for (int i = 0; i < 10; i++) {
			mvc.perform(post("/kien-nghi/tra-cuu").with(csrf()).with(client("10.2.0.1")).param("code", "KN2026-GUESS" + i)
				.param("secret", "ABCDEF"))
				.andExpect(status().isOk());
		}
		mvc.perform(post("/kien-nghi/tra-cuu").with(csrf()).with(client("10.2.0.1")).param("code", "KN2026-GUESSX")
			.param("secret", "ABCDEF"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("quá nhiều lần")));
		mvc.perform(post("/kien-nghi/tra-cuu").with(csrf()).with(client("10.2.0.2")).param("code", "x")
			.param("secret", "y".repeat(5000)))
			.andExpect(status().isOk());
	}

	@Test
	void readingAPetitionersPersonalDataIsAudited() throws Exception {
		Petition p = received("Đề nghị sửa đường vào ấp", "079203006666");
		mvc.perform(get("/dialogue/petitions/{id}", p.getId()).with(as("thamdinh"))).andExpect(status().isOk());
		assertThat(reads(p.getId())).isEmpty();
		mvc.perform(get("/dialogue/petitions/{id}", p.getId()).with(as("bandanvan")))
			.andExpect(content().string(containsString("079203006666")));
		mvc.perform(get("/api/dialogue/petitions/{id}", p.getId()).with(as("bandanvan"))).andExpect(status().isOk());
		assertThat(reads(p.getId())).containsExactly("bandanvan", "bandanvan");
	}

	@Test
	void handlersAreRemindedBeforeAndAtTheDueDateOnce() {
		Petition p = received("Đề nghị lắp camera an ninh ở chợ", null);
		Long longDinh = unit("DUX_LONG_DINH");
		petitions.forward(actor("bandanvan"), p.getId(), p.getVersion(), longDinh, "20-CV/TU", LocalDate.of(2026, 2, 13),
				null);
		// received Thursday 12/2/2026, due Thursday 5/3/2026; two working days before is Tuesday 3/3
		AppClock.asOf(LocalDateTime.of(2026, 3, 2, 7, 0), () -> reminders.remind());
		assertThat(noticesAbout(p, "longdinh")).isZero();
		AppClock.asOf(LocalDateTime.of(2026, 3, 3, 7, 0), () -> reminders.remind());
		AppClock.asOf(LocalDateTime.of(2026, 3, 3, 7, 0), () -> reminders.remind());
		assertThat(noticesAbout(p, "longdinh")).isEqualTo(1);
		assertThat(noticesAbout(p, "bandanvan")).isEqualTo(1);
		AppClock.asOf(LocalDateTime.of(2026, 3, 5, 7, 0), () -> reminders.remind());
		assertThat(noticesAbout(p, "longdinh")).isEqualTo(2);
		assertThat(notifications.readAll(actor("longdinh")))
			.anySatisfy(n -> assertThat(n.getMessage()).contains(p.getTrackingCode()).contains("hôm nay"));
	}

	@Test
	void receptionDaysAreCheckedAgainstTheQuyDinh11Minimum() {
		List<ReceptionDay> of2020 = receptions.list(actor("bandanvan"), LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
		Map<String, Boolean> march = receptions.monthChecks(of2020)
			.stream()
			.filter(c -> c.month().equals(YearMonth.of(2020, 3)))
			.collect(Collectors.toMap(c -> org.nameOf(c.unitId()).orElse("") + "|" + c.headName(),
					ReceptionService.MonthCheck::shortOf));
		assertThat(march).containsEntry("Huyện ủy Châu Thành|Bí thư Huyện ủy", false);
		assertThat(march.entrySet()).filteredOn(e -> e.getKey().contains("Tam Hiệp")).extracting(Map.Entry::getValue)
			.containsExactly(true);
		assertThat(march.entrySet()).filteredOn(e -> e.getKey().contains("Long Định")).extracting(Map.Entry::getValue)
			.containsExactly(false);

		Long kimSon = unit("DUX_KIM_SON");
		assertThatThrownBy(() -> receptions.schedule(actor("binhduc"), new ReceptionDraft(kimSon, "XA", " ",
				ReceptionDay.Kind.IN_PERSON, LocalDate.of(2026, 12, 20), null)))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("headName"));
		ReceptionDay future = receptions.schedule(actor("binhduc"), new ReceptionDraft(kimSon, "XA",
				"Bí thư Đảng ủy xã", ReceptionDay.Kind.ONLINE, receptions.today().plusDays(30), null));
		assertThatThrownBy(() -> receptions.held(actor("binhduc"), future.getId(), future.getVersion(), "Bí thư", 1, 1, null))
			.hasMessage("dialogue.reception.notYet");
		assertThatThrownBy(() -> receptions.schedule(actor("longdinh"), new ReceptionDraft(kimSon, "XA", "Bí thư",
				ReceptionDay.Kind.IN_PERSON, LocalDate.of(2026, 12, 20), null)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void theRegisterExportsTheThirteenColumnsOfMau03ForHandlersOnly() throws Exception {
		Long district = unit("HU_CHAU_THANH");
		byte[] xlsx = mvc.perform(get("/dialogue/register/export.xlsx").with(as("bandanvan"))
			.param("unit", district.toString()).param("from", "2020-01-01").param("to", "2020-12-31"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			Row header = sheet.getRow(4);
			assertThat(header.getLastCellNum()).isEqualTo((short) 13);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("STT");
			assertThat(header.getCell(3).getStringCellValue()).contains("CCCD");
			assertThat(header.getCell(12).getStringCellValue()).isEqualTo("Ghi chú");
			assertThat(sheet.getRow(5).getCell(12).getStringCellValue()).isEqualTo("(13)");
			List<String> names = new java.util.ArrayList<>();
			for (int r = 6; r <= sheet.getLastRowNum(); r++) {
				names.add(sheet.getRow(r).getCell(2).getStringCellValue());
			}
			assertThat(names).hasSize(13).anyMatch(n -> n.startsWith("Nguyễn Văn Bảy"));
			assertThat(sheet.getRow(6).getCell(0).getNumericCellValue()).isEqualTo(1);
		}
		mvc.perform(get("/dialogue/register/export.xlsx").with(as("thamdinh")).param("unit", district.toString())
			.param("from", "2020-01-01").param("to", "2020-12-31"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/dialogue/register").with(as("bandanvan")).param("unit", district.toString())
			.param("from", "2020-01-01").param("to", "2020-12-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mẫu 03/TCD")))
			.andExpect(content().string(containsString("Nguyễn Văn Bảy")));
		mvc.perform(get("/dialogue/register").with(as("bandanvan")).param("unit", district.toString())
			.param("from", "2020-12-31").param("to", "2020-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		assertThat(jdbc.queryForObject("select count(*) from platform_audit_entry where entity_type = 'ReceptionRegister'"
				+ " and action = 'READ_PERSONAL_DATA' and actor = 'bandanvan'", Integer.class)).isGreaterThanOrEqualTo(2);
	}

	@Test
	void figuresOfThe2020NineMonthsMatchTheHandCountedDemo() throws Exception {
		Long district = unit("HU_CHAU_THANH");
		mvc.perform(get("/api/dialogue/figures").with(as("bandanvan")).param("unit", district.toString())
			.param("from", "2020-01-01").param("to", "2020-09-30"))
			.andExpect(status().isOk())
			.andExpect(figure("dialogue.dialogues.comprehensive", 1))
			.andExpect(figure("dialogue.dialogues.thematic", 2))
			.andExpect(figure("dialogue.dialogues.attendance", 152 + 96 + 118))
			// 8 heard at the dialogues, 5 at the district secretary's reception days
			.andExpect(figure("dialogue.opinions.raised", 13))
			.andExpect(figure("dialogue.opinions.on-the-spot", 2))
			.andExpect(figure("dialogue.opinions.forwarded", 4))
			.andExpect(figure("dialogue.opinions.answered", 7))
			// late, reopened, crossing, and the April and May reception cases still waiting on 30/9
			.andExpect(figure("dialogue.opinions.overdue", 5))
			// district 9, Long Định 18, Tam Hiệp 15 (one day in March, June and September)
			.andExpect(figure("dialogue.reception.scheduled", 42))
			.andExpect(figure("dialogue.reception.held", 42));
		mvc.perform(get("/api/dialogue/figures").with(as("binhduc")).param("unit", district.toString())
			.param("from", "2020-01-01").param("to", "2020-09-30"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/dialogue/figures").with(as("bandanvan")).param("unit", district.toString())
			.param("from", "2020-09-30").param("to", "2020-01-01"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/dialogue/figures").with(as("bandanvan")).param("unit", district.toString())
			.param("from", "2020-01-01").param("to", "2020-09-30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số cuộc đối thoại chuyên đề")));
	}

	private static org.springframework.test.web.servlet.ResultMatcher figure(String code, long value) {
		return jsonPath("$[?(@.code == '" + code + "')].value").value(Matchers.contains((int) value));
	}

	private Petition received(String content, String identity) {
		Long province = unit("TU_DONG_THAP");
		return petitions.receive(actor("bandanvan"), new PetitionDraft(province, null, PetitionSource.LETTER,
				PetitionKind.PETITION, "Giao thông", content, 1, "Nguyễn Văn Riêng", identity, null, null,
				LocalDate.of(2026, 2, 12)));
	}

	private List<String> reads(Long petitionId) {
		return jdbc.queryForList("select actor from platform_audit_entry where entity_type = 'Petition' and entity_id = ?"
				+ " and action = 'READ_PERSONAL_DATA' order by id", String.class, petitionId.toString());
	}

	private long noticesAbout(Petition p, String username) {
		return notifications.readAll(actor(username))
			.stream()
			.filter(n -> n.getMessage().contains(p.getTrackingCode()) && !n.getMessage().contains("cần được trả lời"))
			.count();
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

	private static RequestPostProcessor client(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
