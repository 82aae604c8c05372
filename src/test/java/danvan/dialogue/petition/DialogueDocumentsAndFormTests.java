package danvan.dialogue.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import danvan.org.OrgDirectory;
import danvan.platform.calendar.CalendarDay;
import danvan.platform.calendar.WorkingCalendar;
import danvan.platform.security.Actor;
import danvan.platform.site.SiteIdentities;

/**
 * The citizen's receipt (Mẫu 02/TCD) and the register (Mẫu 03/TCD) in Word and PDF, the portal's public petition
 * form with its limits, and the 2026 calendar days checked against the notices.
 */
@danvan.test.DanvanSpringTest
@Tag("db")
class DialogueDocumentsAndFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PetitionService petitions;

	@Autowired
	PetitionRepository repository;

	@Autowired
	OrgDirectory org;

	@Autowired
	SiteIdentities site;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theReceiptCarriesThePetitionerTheCodesAndTheDueDateForHandlersOnly() throws Exception {
		Long province = unit("TU_DONG_THAP");
		Petition p = petitions.receive(actor("bandanvan"), new PetitionDraft(province, null, PetitionSource.LETTER,
				PetitionKind.FEEDBACK, "Môi trường", "Phản ánh khói bụi từ lò gạch gần trường học", 3,
				"Trần Thị Biên Nhận", "079203001234", "ấp Tân Thuận, xã Tân Phú", "0909 000 111", LocalDate.of(2026, 2, 12)));
		byte[] pdf = mvc.perform(get("/dialogue/petitions/{id}/receipt.pdf", p.getId()).with(as("bandanvan")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		save("receipt.pdf", pdf);
		String text = pdfText(pdf);
		assertThat(text).contains("GIẤY BIÊN NHẬN").contains("Trần Thị Biên Nhận").contains("079203001234")
			.contains(p.getTrackingCode()).contains(p.getTrackingSecret())
			.contains(p.getReplyDue().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
			.contains("NGƯỜI NHẬN");
		byte[] docx = mvc.perform(get("/dialogue/petitions/{id}/receipt.docx", p.getId()).with(as("bandanvan")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String all = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
			assertThat(all).contains("Trần Thị Biên Nhận").contains(p.getTrackingCode());
		}
		// an officer of another unit, and a reader, never get it
		mvc.perform(get("/dialogue/petitions/{id}/receipt.pdf", p.getId()).with(as("thamdinh")))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from platform_audit_entry where entity_type = 'Petition'"
				+ " and entity_id = ? and action = 'READ_PERSONAL_DATA' and actor = 'bandanvan'", Integer.class,
				p.getId().toString())).isGreaterThanOrEqualTo(2);
	}

	@Test
	void theRegisterPrintsItsThirteenColumnsInWordAndPdf() throws Exception {
		Long district = unit("HU_CHAU_THANH");
		MockHttpServletRequestBuilder docxRequest = get("/dialogue/register/export.docx").with(as("bandanvan"))
			.param("unit", district.toString()).param("from", "2020-01-01").param("to", "2020-12-31");
		byte[] docx = mvc.perform(docxRequest).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		save("register.docx", docx);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			XWPFTable table = doc.getTables().get(doc.getTables().size() - 1);
			assertThat(table.getRow(0).getTableCells()).hasSize(13);
			assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("STT");
			assertThat(table.getRow(0).getCell(12).getText()).isEqualTo("Ghi chú");
			assertThat(table.getRows()).hasSize(1 + 13);
			assertThat(table.getRows().stream().anyMatch(r -> r.getCell(2).getText().startsWith("Nguyễn Văn Bảy"))).isTrue();
		}
		byte[] pdf = mvc.perform(get("/dialogue/register/export.pdf").with(as("bandanvan"))
			.param("unit", district.toString()).param("from", "2020-01-01").param("to", "2020-12-31"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		save("register.pdf", pdf);
		assertThat(pdfText(pdf)).contains("SỔ TIẾP CÔNG DÂN").contains("Mẫu 03/TCD").contains("Nguyễn Văn Bảy")
			.contains("Châu Thành, ngày");
		mvc.perform(get("/dialogue/register/export.pdf").with(as("thamdinh")).param("unit", district.toString())
			.param("from", "2020-01-01").param("to", "2020-12-31"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aCitizenSendsAPetitionFromThePortalAndTracksIt() throws Exception {
		long before = repository.count();
		String page = mvc.perform(send("10.9.0.1", "Lê Văn Cổng", "Đề nghị lắp đèn chiếu sáng đường liên ấp 3")
			.param("petitionerIdentity", "079203009999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã nhận kiến nghị")))
			.andReturn().getResponse().getContentAsString();
		Matcher code = Pattern.compile("(KN\\d{4}-[A-Z0-9]{8})").matcher(page);
		assertThat(code.find()).isTrue();
		Petition p = repository.findByTrackingCode(code.group(1)).orElseThrow();
		assertThat(p.getSource()).isEqualTo(PetitionSource.PORTAL);
		assertThat(p.getUnitId()).isEqualTo(site.current().ownerUnitId());
		assertThat(p.getCreatedBy()).isEqualTo(PublicPetitions.PORTAL);
		assertThat(p.getReplyDue()).isAfter(p.getReceivedOn());
		assertThat(petitions.history(p.getId())).hasSize(1);
		assertThat(page).contains(p.getTrackingSecret());
		// the same form sent twice is one petition
		mvc.perform(send("10.9.0.1", "Lê Văn Cổng", "Đề nghị lắp đèn chiếu sáng đường liên ấp 3")
			.param("petitionerIdentity", "079203009999"))
			.andExpect(status().isOk()).andExpect(content().string(containsString(p.getTrackingCode())));
		assertThat(repository.count()).isEqualTo(before + 1);
		// the tracking page shows it without the sender
		mvc.perform(post("/kien-nghi/tra-cuu").with(csrf()).with(client("10.9.0.2")).param("code", p.getTrackingCode())
			.param("secret", p.getTrackingSecret()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã tiếp nhận")))
			.andExpect(content().string(not(containsString("Lê Văn Cổng"))))
			.andExpect(content().string(not(containsString("079203009999"))));
		// the unit's officers are told
		assertThat(jdbc.queryForObject("select count(*) from platform_notification where message like ?", Integer.class,
				"%" + p.getTrackingCode() + "%")).isPositive();
	}

	@Test
	void thePublicFormRefusesBadInputSpamAndFloods() throws Exception {
		long before = repository.count();
		mvc.perform(send("10.9.1.1", "Người Thử", "Nội dung").param("petitionerIdentity", "12345"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Số định danh không đúng")));
		mvc.perform(send("10.9.1.1", "Người Thử", "x".repeat(4001)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Nội dung dài quá")));
		mvc.perform(send("10.9.1.1", "Người Thử", "Nội dung", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Nhập số điện thoại hoặc e-mail")));
		mvc.perform(send("10.9.1.1", "Người Thử", "Nội dung").param("people", "nhiều"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Số người cùng nội dung phải từ 1")));
		assertThat(repository.count()).isEqualTo(before);
		// a filled honeypot is answered like a success and stores nothing
		mvc.perform(send("10.9.1.2", "Máy Gửi", "Quảng cáo").param("website", "http://spam.example"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã nhận kiến nghị")))
			.andExpect(content().string(not(containsString("KN20"))));
		assertThat(repository.count()).isEqualTo(before);
		for (int i = 0; i < 5; i++) {
			mvc.perform(send("10.9.1.3", "Người Gửi Nhiều", "Kiến nghị số " + i)).andExpect(status().isOk());
		}
		mvc.perform(send("10.9.1.3", "Người Gửi Nhiều", "Kiến nghị số 6"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Đã gửi quá 5 kiến nghị trong 10 phút")));
		assertThat(repository.count()).isEqualTo(before + 5);
		mvc.perform(get("/kien-nghi/gui")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Gửi kiến nghị, phản ánh")));
	}

	@Test
	void the2026MakeUpSaturdayCountsAndTheUnconfirmedDayIsConfirmedByEnteringIt() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
		CalendarDay september = calendar.year(2026).stream().filter(d -> d.day().equals(LocalDate.of(2026, 9, 1)))
			.findFirst().orElseThrow();
		assertThat(september.confirmed()).isFalse();
		assertThat(calendar.year(2026).stream().filter(d -> !d.confirmed())).hasSize(1);
	}

	private MockHttpServletRequestBuilder send(String client, String name, String text) {
		return send(client, name, text, "0911 222 333");
	}

	private MockHttpServletRequestBuilder send(String client, String name, String text, String contact) {
		return post("/kien-nghi/gui").with(csrf()).with(client(client)).param("petitionerName", name)
			.param("petitionerAddress", "ấp 3, xã Mỹ Hiệp").param("petitionerContact", contact)
			.param("kind", "PETITION").param("field", "Giao thông").param("content", text);
	}

	private static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
		}
	}

	private static void save(String name, byte[] bytes) throws Exception {
		Path dir = Path.of("target", "documents");
		Files.createDirectories(dir);
		Files.write(dir.resolve("dialogue-" + name), bytes);
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
