package danvan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import danvan.org.OrgDirectory;
import danvan.planning.meeting.Meeting;
import danvan.planning.meeting.MeetingService;
import danvan.planning.plan.Plan;
import danvan.planning.plan.PlanDraft;
import danvan.planning.plan.PlanService;
import danvan.platform.security.Actor;
import danvan.test.DanvanSpringTest;

/** The plan's document uploaded from the plan's page, checked by content, and downloaded by its readers only. */
@DanvanSpringTest
class PlanningFilesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanService plans;

	@Autowired
	UserDetailsService users;

	@Autowired
	MeetingService meetings;

	@Autowired
	OrgDirectory org;

	@Test
	void aPlansDocumentIsUploadedCheckedByContentAndReadOnlyByItsReaders() throws Exception {
		Long kimSon = org.unitByCode("DUX_KIM_SON").orElseThrow().id();
		Plan plan = plans.create((Actor) users.loadUserByUsername("binhduc"), kimSon, new PlanDraft(Plan.Kind.ANNUAL,
				"Kế hoạch công tác dân vận năm 2027 của Đảng ủy xã Kim Sơn", "12-KH/ĐU", LocalDate.of(2026, 12, 1),
				LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));
		String url = "/planning/plans/" + plan.getId() + "/document";
		byte[] pdf = "%PDF-1.7 kế hoạch năm 2027".getBytes(StandardCharsets.UTF_8);

		// a text file that calls itself a PDF: a Vietnamese message next to the field, nothing attached
		mvc.perform(multipart(url).file(new MockMultipartFile("document", "ke-hoach.pdf", "application/pdf",
				"không phải PDF".getBytes(StandardCharsets.UTF_8))).with(as("binhduc")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("documentProblem"));
		assertThat(plans.get(actor("binhduc"), plan.getId()).getDocFileId()).isNull();
		mvc.perform(get(url).with(as("binhduc"))).andExpect(status().isNotFound());

		mvc.perform(multipart(url).file(new MockMultipartFile("document", "Kế hoạch 12-KH.pdf", "application/pdf", pdf))
			.with(as("binhduc"))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/planning/plans/" + plan.getId()).with(as("binhduc")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(url)));
		byte[] back = mvc.perform(get(url).with(as("bandanvan"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(back).isEqualTo(pdf);
		// another commune neither reads nor replaces it
		mvc.perform(get(url).with(as("longdinh"))).andExpect(status().isForbidden());
		mvc.perform(multipart(url).file(new MockMultipartFile("document", "x.pdf", "application/pdf", pdf)).with(as("longdinh")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aMeetingsPapersAreUploadedCheckedShownToItsInviteesAndWithdrawnNeverDeleted() throws Exception {
		Long kimSon = org.unitByCode("DUX_KIM_SON").orElseThrow().id();
		Long longDinh = org.unitByCode("DUX_LONG_DINH").orElseThrow().id();
		java.time.LocalDateTime start = LocalDate.of(2027, 3, 15).atTime(8, 0);
		Meeting meeting = meetings.create(actor("binhduc"), kimSon, new danvan.planning.meeting.MeetingDraft(
				Meeting.Kind.BLOC_MEETING, "Họp Khối Dân vận xã Kim Sơn quý I/2027", start, start.plusHours(3),
				"Hội trường Đảng ủy xã", false, "Bí thư Đảng ủy", null, null));
		String url = "/planning/meetings/" + meeting.getId() + "/documents";
		byte[] pdf = "%PDF-1.7 chương trình họp khối".getBytes(StandardCharsets.UTF_8);

		// not what it claims, no file, an unknown kind: a Vietnamese message on the field, nothing kept
		mvc.perform(multipart(url).file(new MockMultipartFile("file", "chuong-trinh.pdf", "application/pdf",
				"không phải PDF".getBytes(StandardCharsets.UTF_8))).param("kind", "AGENDA").with(as("binhduc")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("documentProblem", containsString("không được chấp nhận")))
			.andExpect(flash().attribute("documentProblemField", "file"));
		mvc.perform(multipart(url).param("kind", "AGENDA").with(as("binhduc")))
			.andExpect(flash().attribute("documentProblem", containsString("Chọn tệp tài liệu")));
		mvc.perform(multipart(url).file(new MockMultipartFile("file", "a.pdf", "application/pdf", pdf))
			.param("kind", "<script>").with(as("binhduc")))
			.andExpect(flash().attribute("documentProblemField", "kind"));
		assertThat(meetings.documents(actor("binhduc"), meeting.getId())).isEmpty();

		mvc.perform(multipart(url).file(new MockMultipartFile("file", "Chương trình họp.pdf", "application/pdf", pdf))
			.param("kind", "AGENDA").param("title", "Chương trình họp Khối quý I").with(as("binhduc")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flash"));
		var document = meetings.documents(actor("binhduc"), meeting.getId()).get(0);
		String download = url + "/" + document.getId();
		mvc.perform(get("/planning/meetings/" + meeting.getId()).with(as("binhduc")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(download)))
			.andExpect(content().string(containsString("Chương trình họp Khối quý I")));
		// the board over the unit reads it; another commune only once invited; it never puts papers up
		assertThat(mvc.perform(get(download).with(as("bandanvan"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray()).isEqualTo(pdf);
		mvc.perform(get(download).with(as("longdinh"))).andExpect(status().isForbidden());
		meetings.invite(actor("binhduc"), meeting.getId(), longDinh, null);
		mvc.perform(get(download).with(as("longdinh"))).andExpect(status().isOk());
		mvc.perform(multipart(url).file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
			.param("kind", "OTHER").with(as("longdinh"))).andExpect(status().isForbidden());
		// another meeting's id with this paper's id: 404
		mvc.perform(get("/planning/meetings/" + Long.MAX_VALUE + "/documents/" + document.getId()).with(as("bandanvan")))
			.andExpect(status().isNotFound());

		// withdrawn: a reason is required, it stays listed, invitees no longer download it, the organiser still does
		mvc.perform(multipart(download + "/withdraw").param("version", "0").param("reason", " ").with(as("binhduc")))
			.andExpect(flash().attribute("withdrawProblem", containsString("lý do")));
		mvc.perform(multipart(download + "/withdraw").param("version", "0").param("reason", "Tải nhầm bản dự thảo")
			.with(as("longdinh"))).andExpect(status().isForbidden());
		mvc.perform(multipart(download + "/withdraw").param("version", "0").param("reason", "Tải nhầm bản dự thảo")
			.with(as("binhduc"))).andExpect(status().is3xxRedirection());
		var kept = meetings.documents(actor("binhduc"), meeting.getId());
		assertThat(kept).singleElement().satisfies(d -> {
			assertThat(d.isWithdrawn()).isTrue();
			assertThat(d.getWithdrawnReason()).isEqualTo("Tải nhầm bản dự thảo");
			assertThat(d.getWithdrawnBy()).isEqualTo("binhduc");
		});
		mvc.perform(get(download).with(as("longdinh"))).andExpect(status().isNotFound());
		mvc.perform(get(download).with(as("binhduc"))).andExpect(status().isOk());
		mvc.perform(get("/planning/meetings/" + meeting.getId()).with(as("longdinh")))
			.andExpect(content().string(containsString("Tải nhầm bản dự thảo")));
		// a stale form: 409, nothing changed
		mvc.perform(multipart(download + "/withdraw").param("version", "0").param("reason", "lần nữa").with(as("binhduc")))
			.andExpect(status().isConflict());
	}

	/** Not an assertion: the two sheets are kept under target/ to be rendered and looked at (docs/planning-sheets). */
	@Test
	void theSheetsAreKeptForLooking() throws Exception {
		Actor board = actor("bandanvan");
		Plan programme = plans.list(board, PlanService.Filter.none()).stream()
			.filter(p -> p.getKind() == Plan.Kind.TERM_PROGRAMME).findFirst().orElseThrow();
		byte[] plan = mvc.perform(get("/planning/plans/{id}/export", programme.getId()).with(as("bandanvan")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		Long conference = meetings.list(board, new MeetingService.Filter(null, Meeting.Kind.CONFERENCE, Meeting.Status.HELD,
				LocalDate.of(2020, 10, 8), LocalDate.of(2020, 10, 8), null)).get(0).getId();
		byte[] attendance = mvc.perform(get("/planning/meetings/{id}/attendance.xlsx", conference).with(as("bandanvan")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/planning-plan.xlsx"), plan);
		java.nio.file.Files.write(java.nio.file.Path.of("target/planning-attendance.xlsx"), attendance);
		assertThat(plan.length).isGreaterThan(1000);
	}

	@Test
	void aMeetingWithoutAConclusionNoticeAnswers404() throws Exception {
		mvc.perform(get("/planning/meetings/{id}/notice", Long.MAX_VALUE).with(as("bandanvan"))).andExpect(status().isNotFound());
	}

	private Actor actor(String username) {
		return (Actor) users.loadUserByUsername(username);
	}

	private RequestPostProcessor as(String username) {
		var details = users.loadUserByUsername(username);
		return request -> csrf().postProcessRequest(user(details).postProcessRequest(request));
	}

}
