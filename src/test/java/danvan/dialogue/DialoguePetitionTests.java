package danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import danvan.org.OrgDirectory;
import danvan.platform.calendar.WorkingCalendar;
import danvan.platform.notifications.NotificationService;
import danvan.platform.security.Actor;
import danvan.test.DanvanSpringTest;
import danvan.dialogue.petition.Petition;
import danvan.dialogue.petition.PetitionFilter;
import danvan.dialogue.petition.PetitionRepository;
import danvan.dialogue.petition.PetitionService;
import danvan.dialogue.petition.PetitionStatus;

@DanvanSpringTest
@Tag("db")
class DialoguePetitionTests {

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
	NotificationService notifications;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	OrgDirectory org;

	@Test
	void theSeedsThreeDialoguesOf2020AreThereWithTheirPetitions() throws Exception {
		List<Dialogue> of2020 = dialogues.visibleTo(actor("bandanvan"))
			.stream()
			.filter(d -> d.getHeldOn().getYear() == 2020)
			.toList();
		assertThat(of2020).extracting(Dialogue::getKind)
			.containsExactlyInAnyOrder(DialogueKind.COMPREHENSIVE, DialogueKind.THEMATIC, DialogueKind.THEMATIC);
		assertThat(of2020).filteredOn(d -> d.getKind() == DialogueKind.THEMATIC).extracting(Dialogue::getField)
			.containsOnly("Giáo dục");
		mvc.perform(get("/dialogue/dialogues").with(as("bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chuyên đề: Giáo dục")))
			.andExpect(content().string(containsString("Đối thoại toàn diện")));
		mvc.perform(get("/dialogue/petitions").param("overdue", "true").with(as("bandanvan")))
			.andExpect(content().string(containsString("Đề nghị xử lý cơ sở chăn nuôi")))
			.andExpect(content().string(containsString("Quá hạn")))
			.andExpect(content().string(not(containsString("Đề nghị công khai các khoản thu"))));
	}

	@Test
	void aDialogueWithTwoPetitionsOneForwardedAndAnsweredTheOtherLate() throws Exception {
		Long district = unit("TU_DONG_THAP");
		Long longDinh = unit("DUX_LONG_DINH");
		String location = mvc.perform(post("/dialogue/dialogues").with(as("bandanvan"))
			.param("hostUnitId", district.toString()).param("kind", "THEMATIC").param("field", "Giáo dục")
			.param("title", "Đối thoại về bếp ăn bán trú").param("heldOn", "2026-02-12")
			.param("chairName", "Bí thư Tỉnh ủy").param("participants", "80"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		Long dialogueId = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));

		String first = petition(dialogueId, district, "Đề nghị mở rộng bếp ăn bán trú", "079203001234");
		String second = petition(dialogueId, district, "Đề nghị có thêm xe đưa đón học sinh", null);
		Petition forwarded = petitionRepository.findById(Long.valueOf(first)).orElseThrow();
		// received Thursday 12/2/2026: Friday 13/2, then Tết Bính Ngọ (14–22/2), then 23/2 … 5/3
		assertThat(forwarded.getReplyDue()).isEqualTo(LocalDate.of(2026, 3, 5));
		// the 3-working-day refusal notice of Nghị định 154/2026 applies from 1/7/2026 only
		assertThat(forwarded.getRefusalDue()).isNull();

		var refused = mvc.perform(post("/dialogue/petitions/{id}/forward", first).with(as("bandanvan"))
			.param("version", String.valueOf(forwarded.getVersion())).param("referralNumber", "11-CV/TU")
			.param("referralDate", "2026-02-13"))
			.andExpect(flash().attribute("problem", "Chọn cơ quan có thẩm quyền được chuyển đến."))
			.andReturn();
		// the page shows the message under the agency field and keeps what was typed
		mvc.perform(get("/dialogue/petitions/{id}", first).with(as("bandanvan"))
			.flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(containsString(
					"id=\"agencyUnitId-error\" class=\"invalid-feedback mb-2\">Chọn cơ quan có thẩm quyền được chuyển đến.")))
			.andExpect(content().string(containsString("value=\"11-CV/TU\"")))
			.andExpect(content().string(containsString("value=\"2026-02-13\"")))
			.andExpect(content().string(not(containsString("alert alert-danger"))));
		mvc.perform(post("/dialogue/petitions/{id}/forward", first).with(as("bandanvan"))
			.param("version", String.valueOf(forwarded.getVersion())).param("agencyUnitId", longDinh.toString())
			.param("referralNumber", "12-CV/TU").param("referralDate", "2026-02-13"))
			.andExpect(flash().attribute("flash", containsString("Đã chuyển kiến nghị")));
		assertThat(notifications.readAll(actor("longdinh")))
			.anySatisfy(n -> assertThat(n.getMessage()).contains(forwarded.getTrackingCode()).contains("05/03/2026"));

		Petition now = petitionRepository.findById(Long.valueOf(first)).orElseThrow();
		mvc.perform(post("/dialogue/petitions/{id}/close", first).with(as("longdinh"))
			.param("version", String.valueOf(now.getVersion())))
			.andExpect(flash().attribute("problem",
					"Chưa có kết quả trả lời: ghi kết quả trả lời trước khi kết thúc kiến nghị."));
		mvc.perform(post("/dialogue/petitions/{id}/answer", first).with(as("longdinh"))
			.param("version", String.valueOf(now.getVersion())).param("answer", "Xã bố trí thêm 2 phòng bếp.")
			.param("answeredOn", "2026-03-02"))
			.andExpect(flash().attribute("flash", "Đã ghi kết quả trả lời."));
		now = petitionRepository.findById(Long.valueOf(first)).orElseThrow();
		assertThat(now.getStatus()).isEqualTo(PetitionStatus.ANSWERED);
		// the notice to the forwarder: 7 working days after Monday 2/3/2026
		assertThat(now.getForwarderNoticeDue()).isEqualTo(LocalDate.of(2026, 3, 11));
		mvc.perform(post("/dialogue/petitions/{id}/answer", first).with(as("longdinh"))
			.param("version", String.valueOf(now.getVersion() - 1)).param("answer", "x").param("answeredOn", "2026-03-02"))
			.andExpect(status().isConflict());

		mvc.perform(get("/dialogue/petitions/{id}", first).with(as("bandanvan")))
			.andExpect(content().string(containsString("Đã chuyển cơ quan có thẩm quyền")))
			.andExpect(content().string(containsString("Xã bố trí thêm 2 phòng bếp.")))
			.andExpect(content().string(containsString("079203001234")));
		mvc.perform(get("/dialogue/dialogues/{id}", dialogueId).with(as("bandanvan")))
			.andExpect(content().string(containsString("Đề nghị có thêm xe đưa đón học sinh")))
			.andExpect(content().string(containsString("Quá hạn")));
		assertThat(petitions.list(actor("bandanvan"), new PetitionFilter(null, true, null, null)))
			.extracting(Petition::getId).contains(Long.valueOf(second)).doesNotContain(Long.valueOf(first));
		assertThat(petitions.list(actor("bandanvan"), new PetitionFilter(null, null, longDinh, null)))
			.extracting(Petition::getId).contains(Long.valueOf(first));
	}

	@Test
	void personalDataOnlyForThoseWhoHandleThePetition() throws Exception {
		Long district = unit("TU_DONG_THAP");
		String id = petition(null, district, "Phản ánh đèn đường hỏng", "079203009999");
		mvc.perform(get("/dialogue/petitions/{id}", id).with(as("thamdinh")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phản ánh đèn đường hỏng")))
			.andExpect(content().string(not(containsString("079203009999"))))
			.andExpect(content().string(not(containsString("Nguyễn Văn Thử"))));
		mvc.perform(get("/dialogue/petitions/{id}", id).with(as("binhduc"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/dialogue/petitions/{id}", id).with(as("thamdinh")))
			.andExpect(jsonPath("$.petitioner").doesNotExist());
		mvc.perform(get("/api/dialogue/petitions/{id}", id).with(as("bandanvan")))
			.andExpect(jsonPath("$.petitioner.identityNumber").value("079203009999"));
		mvc.perform(get("/api/dialogue/petitions").with(as("bandanvan")))
			.andExpect(content().string(not(containsString("079203009999"))))
			.andExpect(content().string(not(containsString("Nguyễn Văn Thử"))));
		mvc.perform(get("/api/dialogue/petitions/{id}", id)).andExpect(status().isUnauthorized());
	}

	@Test
	void badInputIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
		long before = petitionRepository.count();
		Long district = unit("TU_DONG_THAP");
		mvc.perform(post("/dialogue/petitions").with(as("bandanvan")).param("unitId", district.toString())
			.param("source", "LETTER").param("kind", "PETITION").param("content", "Nội dung")
			.param("petitionerName", "Nguyễn Văn A").param("petitionerIdentity", "12345").param("receivedOn", "2026-03-02")
			.param("people", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số định danh không đúng")));
		mvc.perform(post("/dialogue/petitions").with(as("bandanvan")).param("unitId", district.toString())
			.param("source", "LETTER").param("kind", "PETITION").param("content", "x".repeat(10_000_000))
			.param("petitionerName", "Nguyễn Văn A").param("receivedOn", "2026-03-02").param("people", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		mvc.perform(post("/dialogue/dialogues").with(as("bandanvan")).param("hostUnitId", district.toString())
			.param("kind", "COMPREHENSIVE").param("title", "Đối thoại").param("heldOn", "2026-03-02")
			.param("chairName", "Bí thư").param("participants", "5000000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		assertThatThrownBy(() -> dialogues.create(actor("bandanvan"), district, new DialogueDraft(DialogueKind.THEMATIC,
				null, "Đối thoại", LocalDate.of(2026, 3, 2), null, "Bí thư", 10, null)))
			.hasMessage("dialogue.dialogue.field.required");
		mvc.perform(post("/api/dialogue/petitions").with(as("bandanvan")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"unitId": %d, "receivedOn": "2026-03-02", "kind": "PETITION", "content": "Nội dung",
					 "petitionerName": "Nguyễn Văn A", "petitionerIdentity": "abc"}""".formatted(district)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("petitionerIdentity"));
		assertThat(petitionRepository.count()).isEqualTo(before);
	}

	@Test
	void theApiReceivesAPetitionWithItsReplyDueInWorkingDays() throws Exception {
		Long district = unit("TU_DONG_THAP");
		mvc.perform(post("/api/dialogue/petitions").with(as("bandanvan")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"unitId": %d, "receivedOn": "2026-04-24", "kind": "FEEDBACK", "field": "Giao thông",
					 "content": "Phản ánh ổ gà trên đường tỉnh", "petitionerName": "Nguyễn Văn B"}""".formatted(district)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			// Friday 24/4/2026: Monday 27/4 (Giỗ Tổ compensatory), 30/4 and 1/5 are days off
			.andExpect(jsonPath("$.replyDue").value("2026-05-13"))
			.andExpect(jsonPath("$.trackingCode").value(containsString("KN2026-")));
		mvc.perform(get("/api/dialogue/dialogues").with(as("bandanvan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.field == 'Giáo dục')]").exists());
		assertThat(calendar.plusWorkingDays(LocalDate.of(2020, 1, 22), 3)).isEqualTo(LocalDate.of(2020, 2, 3));
	}

	@Test
	void listsAndTheDialoguePageNeverShowPersonalDataEvenToItsHandlers() throws Exception {
		Long district = unit("TU_DONG_THAP");
		String location = mvc.perform(post("/dialogue/dialogues").with(as("bandanvan"))
			.param("hostUnitId", district.toString()).param("kind", "THEMATIC").param("field", "Giáo dục")
			.param("title", "Đối thoại về sân chơi").param("heldOn", "2026-02-12")
			.param("chairName", "Bí thư Tỉnh ủy").param("participants", "40"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		Long dialogueId = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		mvc.perform(post("/dialogue/petitions").with(as("bandanvan")).param("unitId", district.toString())
			.param("source", "DIALOGUE").param("dialogueId", dialogueId.toString()).param("kind", "FEEDBACK")
			.param("content", "Phản ánh sân chơi xuống cấp").param("petitionerName", "Trần Thị Riêng Tư")
			.param("petitionerIdentity", "079203007777").param("petitionerAddress", "số 9 ngõ Kín, ấp Bí Mật")
			.param("petitionerContact", "0987 654 321").param("receivedOn", "2026-02-12").param("people", "1"))
			.andExpect(status().is3xxRedirection());
		List<String> personal = List.of("Trần Thị Riêng Tư", "079203007777", "ngõ Kín", "0987 654 321");
		for (String user : List.of("bandanvan", "thamdinh")) {
			for (String page : List.of("/dialogue/petitions", "/dialogue/dialogues/" + dialogueId, "/api/dialogue/petitions",
					"/api/dialogue/dialogues/" + dialogueId)) {
				String body = mvc.perform(get(page).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
					.getContentAsString();
				assertThat(body).as(user + " " + page).contains(page.startsWith("/api/dialogue/dialogues") ? "sân chơi"
						: "Phản ánh sân chơi xuống cấp");
				personal.forEach(p -> assertThat(body).as(user + " " + page).doesNotContain(p));
			}
		}
	}

	private String petition(Long dialogueId, Long unitId, String content, String identity) throws Exception {
		var request = post("/dialogue/petitions").with(as("bandanvan")).param("unitId", unitId.toString())
			.param("source", dialogueId == null ? "LETTER" : "DIALOGUE").param("kind", "PETITION")
			.param("content", content).param("petitionerName", "Nguyễn Văn Thử").param("receivedOn", "2026-02-12")
			.param("people", "1");
		if (dialogueId != null) {
			request.param("dialogueId", dialogueId.toString());
		}
		if (identity != null) {
			request.param("petitionerIdentity", identity);
		}
		String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		return location.substring(location.lastIndexOf('/') + 1);
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
