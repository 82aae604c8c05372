package danvan.commendation.decision;

import static danvan.commendation.CommendationWeb.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import danvan.org.OrgDirectory;
import danvan.platform.AppClock;
import danvan.platform.documents.SigningAuthority;
import danvan.platform.web.RuleViolationException;
import danvan.test.DanvanSpringTest;

import danvan.commendation.RecipientKind;
import danvan.commendation.catalog.Issuer;
import danvan.commendation.catalog.IssuerRepository;
import danvan.commendation.demo.CommendationDemoData;
import danvan.commendation.registry.Commendation;
import danvan.commendation.registry.CommendationStatus;
import danvan.commendation.registry.RegistryService;

/** Decisions: the demo decision in the registry and in print, numbering under concurrent issue, immutability. */
@DanvanSpringTest
class DecisionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DecisionService decisions;

	@Autowired
	IssuerRepository issuers;

	@Autowired
	RegistryService registry;

	@Autowired
	OrgDirectory org;

	@Test
	void theOctober2020DecisionCommendsSixCollectivesAndTwentyOneIndividuals() throws Exception {
		Decision october = decisions.list().stream().filter(d -> "125-QĐ/BDVHU".equals(d.getNumber())).findFirst()
			.orElseThrow();
		assertThat(october.getStatus()).isEqualTo(DecisionStatus.ISSUED);
		assertThat(october.getRecipients()).filteredOn(r -> r.getRecipientKind() == RecipientKind.COLLECTIVE).hasSize(6);
		assertThat(october.getRecipients()).filteredOn(r -> r.getRecipientKind() == RecipientKind.INDIVIDUAL).hasSize(21);
		assertThat(october.getRecipients().get(6).getAmount()).isEqualByComparingTo("447000"); // 0,3 × 1.490.000
		mvc.perform(get("/api/commendation/decisions/{id}", october.getId()).with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value("125-QĐ/BDVHU"))
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.date").value("2020-10-12"))
			.andExpect(jsonPath("$.issuer").value("Ban Dân vận Huyện ủy Châu Thành"))
			.andExpect(jsonPath("$.recipients.length()").value(27))
			.andExpect(jsonPath("$.recipients[0].kind").value("COLLECTIVE"))
			.andExpect(jsonPath("$.recipients[0].amount").value(894000));
		byte[] docx = mvc.perform(get("/api/commendation/decisions/{id}/document.docx", october.getId())
			.with(as(users, "bandanvan"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
			XWPFTable header = word.getTables().get(0);
			assertThat(header.getRow(1).getCell(0).getText()).isEqualTo("Số 125-QĐ/BDVHU");
			assertThat(header.getRow(1).getCell(1).getText()).isEqualTo("Châu Thành, ngày 12 tháng 10 năm 2020");
			assertThat(header.getRow(0).getCell(0).getText()).contains("HUYỆN ỦY CHÂU THÀNH");
			XWPFTable list = word.getTables().get(2);
			assertThat(list.getRows()).hasSize(1 + 1 + 6 + 1 + 21);
		}
		byte[] pdf = mvc.perform(get("/api/commendation/decisions/{id}/document.pdf", october.getId())
			.with(as(users, "bandanvan"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).doesNotContainPattern("Điều \\d\\.[^\\s\u00A0]")
				.contains("Số 125-QĐ/BDVHU").contains("I. TẬP THỂ")
				.contains("II. CÁ NHÂN");
			java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
			java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "decision-125.pdf"), pdf);
		}
		assertThat(registry.search("khoi dan van xa binh duc")).extracting(Commendation::getDecisionNumber)
			.contains("125-QĐ/BDVHU");
	}

	@Test
	void theMedalNominationWasForwardedAndDecidedWithOneJustification() throws Exception {
		mvc.perform(get("/api/commendation/nominations").with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.award == 'KNC_DV')].status").value(hasItem("DECIDED")))
			.andExpect(jsonPath("$[?(@.award == 'KNC_DV')].candidates[*].outcome")
				.value(everyItem(is("APPROVED"))));
		mvc.perform(get("/api/commendation/awards").param("q", "ky niem chuong").with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.recipient == 'Lê Minh Tâm')].decision")
				.value(hasItem(containsString("1152-QĐ/BDVTW"))));
		mvc.perform(get("/api/commendation/eligibility").param("award", "KNC_DV").with(as(users, "bandanvan")))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/commendation/award-types").with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'KNC_DV')].recipientKind").value(hasItem("INDIVIDUAL")));
	}

	@Test
	void aDraftWithoutSignerOrGroundsIsRefusedNextToTheField() throws Exception {
		Long issuer = issuers.findByCode(CommendationDemoData.BOARD_ISSUER).orElseThrow().getId();
		mvc.perform(post("/api/commendation/decisions").with(as(users, "bandanvan"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"issuerId": %d, "title": "về việc khen thưởng", "date": "2021-01-05", "grounds": [],
					 "signerName": "Nguyễn Thị Thu Hà", "signerTitle": "Trưởng Ban"}""".formatted(issuer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("grounds"))
			.andExpect(jsonPath("$.detail").value("Quyết định phải có ít nhất một căn cứ."));
		mvc.perform(post("/api/commendation/decisions").with(as(users, "bandanvan"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"issuerId": %d, "title": "về việc khen thưởng", "date": "2021-01-05",
					 "grounds": ["Căn cứ Điều lệ Đảng"], "signerTitle": "Trưởng Ban"}""".formatted(issuer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("signerName"));
		mvc.perform(post("/api/commendation/decisions").with(as(users, "binhduc"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"issuerId": %d, "title": "về việc khen thưởng", "date": "2021-01-05",
					 "grounds": ["Căn cứ Điều lệ Đảng"], "signerName": "A", "signerTitle": "B"}""".formatted(issuer)))
			.andExpect(status().isForbidden());
	}

	@Test
	void anIssuedDecisionIsNeverEditedAndACandidateAppearsOnce() throws Exception {
		Long issuer = issuers.findByCode("UBND_CHAU_THANH").orElseThrow().getId();
		String created = mvc.perform(post("/api/commendation/decisions").with(as(users, "bandanvan"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"issuerId": %d, "title": "Về việc tặng Giấy khen", "date": "2024-01-05",
					 "grounds": ["Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"],
					 "signerName": "Lâm Quốc Tuấn", "signerTitle": "Chủ tịch"}""".formatted(issuer)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").doesNotExist())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn().getResponse().getContentAsString();
		Long id = Long.valueOf(created.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
		Long unit = org.unitByCode("KDV_BINH_DUC").orElseThrow().id();
		mvc.perform(post("/api/commendation/decisions/{id}/recipients", id).with(as(users, "bandanvan"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"unitId\": %d, \"award\": \"GK_TT\"}".formatted(unit)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recipients[0].amount").value(1080000)); // 0,6 × 1.800.000 (the base before 1/7/2024)
		mvc.perform(post("/api/commendation/decisions/{id}/recipients", id).with(as(users, "bandanvan"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"unitId\": %d, \"award\": \"GK_TT\"}".formatted(unit)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("đã có trong quyết định")));
		mvc.perform(post("/api/commendation/decisions/{id}/issue", id).with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.number").value(matchesPattern("\\d{2,}/QĐ-UBND")));
		mvc.perform(post("/api/commendation/decisions/{id}/issue", id).with(as(users, "bandanvan")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("không được sửa")));
		mvc.perform(post("/api/commendation/decisions/{id}/recipients", id).with(as(users, "bandanvan"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"unitId\": %d, \"award\": \"GK_TT\"}".formatted(unit)))
			.andExpect(status().isUnprocessableContent());
		// the district committee still existed in February 2024; today it could no longer correct its decision
		Decision revocation = AppClock.asOf(LocalDateTime.of(2024, 2, 1, 9, 0),
				() -> decisions.correct(CommendationDemoData.DemoActor.INSTANCE, id, DecisionKind.REVOCATION));
		decisions.issue(CommendationDemoData.DemoActor.INSTANCE, revocation.getId(), revocation.getVersion());
		assertThat(decisions.get(id).getStatus()).isEqualTo(DecisionStatus.REVOKED);
		assertThat(decisions.get(id).getSupersededById()).isEqualTo(revocation.getId());
		assertThat(registry.ofUnit(unit)).filteredOn(c -> id.equals(c.getDecisionId()))
			.extracting(Commendation::getStatus).containsExactly(CommendationStatus.REVOKED);
	}

	@Test
	void anEndedIssuerOrUnitTakesNoNewDecisionAndTheMessageNamesTheSuccessor() throws Exception {
		Long board = issuers.findByCode(CommendationDemoData.BOARD_ISSUER).orElseThrow().getId();
		String draft = """
				{"issuerId": %d, "title": "về việc khen thưởng", "date": "%s",
				 "grounds": ["Căn cứ Điều lệ Đảng"], "signerName": "A", "signerTitle": "Trưởng Ban"}""";
		mvc.perform(post("/api/commendation/decisions").with(as(users, "bandanvan"))
			.contentType(MediaType.APPLICATION_JSON).content(draft.formatted(board, "2025-06-30")))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/commendation/decisions").with(as(users, "bandanvan"))
			.contentType(MediaType.APPLICATION_JSON).content(draft.formatted(board, "2025-07-01")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("issuerId"))
			.andExpect(jsonPath("$.detail").value("Ban Dân vận Huyện ủy Châu Thành đã thôi ban hành văn bản từ ngày "
					+ "01/07/2025; hãy chọn cơ quan kế thừa: Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp."));

		Long province = issuers.findByCode("BTGDV_TINH_UY").orElseThrow().getId();
		String created = mvc.perform(post("/api/commendation/decisions").with(as(users, "bandanvan"))
			.contentType(MediaType.APPLICATION_JSON).content(draft.formatted(province, "2026-11-20")))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		Long id = Long.valueOf(created.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
		Long oldBloc = org.unitByCode("KDV_LONG_DINH").orElseThrow().id();
		mvc.perform(post("/api/commendation/decisions/{id}/recipients", id).with(as(users, "bandanvan"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"unitId\": %d, \"award\": \"GK_TT\"}".formatted(oldBloc)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"))
			.andExpect(jsonPath("$.detail", containsString("01/07/2025")))
			.andExpect(jsonPath("$.detail", containsString(org.unit(org.currentSuccessorOf(oldBloc).orElseThrow().id())
				.orElseThrow().name())));
		assertThat(decisions.get(id).getRecipients()).isEmpty();
	}

	@Test
	void concurrentIssuesGetConsecutiveNumbersWithoutGapsOrDuplicates() throws Exception {
		Issuer issuer = issuers.findByCode("BTGDV_TINH_UY").orElseThrow();
		Long unit = org.unitByCode("BXDDX_LONG_DINH").orElseThrow().id();
		LocalDate date = LocalDate.of(2026, 11, 20);
		int count = 12;
		List<Decision> drafts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Decision d = decisions.create(CommendationDemoData.DemoActor.INSTANCE, new DecisionDraft(issuer.getId(),
					"về việc khen thưởng " + i, date, "Căn cứ Điều lệ Đảng", null, null, "Trần Văn Thắng",
					"Phó Trưởng Ban", SigningAuthority.DEPUTY, "Trưởng Ban", null));
			d = decisions.addRecipient(CommendationDemoData.DemoActor.INSTANCE, d.getId(), d.getVersion(),
					new RecipientDraft(null, unit, "GK_TT", null));
			drafts.add(decisions.get(d.getId()));
		}
		Decision broken = decisions.create(CommendationDemoData.DemoActor.INSTANCE, new DecisionDraft(issuer.getId(),
				"về việc không có ai", date, "Căn cứ Điều lệ Đảng", null, null, "A", "B", null, null, null));
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Callable<String>> issues = new ArrayList<>();
			drafts.forEach(d -> issues.add(() -> decisions.issue(CommendationDemoData.DemoActor.INSTANCE, d.getId(),
					d.getVersion()).getNumber()));
			issues.add(() -> {
				try {
					return decisions.issue(CommendationDemoData.DemoActor.INSTANCE, broken.getId(), broken.getVersion())
						.getNumber();
				}
				catch (RuleViolationException refused) {
					return "refused";
				}
			});
			List<String> numbers = new ArrayList<>();
			for (Future<String> f : pool.invokeAll(issues)) {
				numbers.add(f.get());
			}
			assertThat(numbers).contains("refused");
			numbers.remove("refused");
			List<Integer> sequence = numbers.stream().map(n -> Integer.valueOf(n.substring(0, n.indexOf('-')))).sorted()
				.toList();
			assertThat(sequence).doesNotHaveDuplicates().hasSize(count);
			assertThat(sequence.get(count - 1) - sequence.get(0)).as("no gap").isEqualTo(count - 1);
			assertThat(numbers).allSatisfy(n -> assertThat(n).endsWith("-QĐ/BTGDVTU"));
		}
		finally {
			pool.shutdown();
		}
	}

}
