package danvan.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import danvan.org.OrgDirectory;
import danvan.oversight.directive.Directive;
import danvan.oversight.directive.DirectiveDraft;
import danvan.oversight.directive.DirectiveService;
import danvan.oversight.directive.Dissemination;
import danvan.oversight.directive.DisseminationReport;
import danvan.oversight.directive.IssuerLevel;
import danvan.oversight.inspection.Inspection;
import danvan.oversight.inspection.InspectionDraft;
import danvan.oversight.inspection.InspectionFilter;
import danvan.oversight.inspection.InspectionForm;
import danvan.oversight.inspection.InspectionKind;
import danvan.oversight.inspection.InspectionService;
import danvan.oversight.inspection.InspectionStatus;
import danvan.oversight.inspection.Recommendation;
import danvan.oversight.inspection.RecommendationDraft;
import danvan.oversight.inspection.RecommendationService;
import danvan.oversight.inspection.RecommendationStatus;
import danvan.oversight.inspection.StepInput;
import danvan.platform.AppClock;
import danvan.platform.figures.Figure;
import danvan.platform.figures.FigureQuery;
import danvan.platform.notifications.Notification;
import danvan.platform.notifications.NotificationService;
import danvan.platform.security.Actor;
import danvan.platform.web.RuleViolationException;
import danvan.test.DanvanSpringTest;

@DanvanSpringTest
class OversightTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	InspectionService inspections;

	@Autowired
	RecommendationService recommendations;

	@Autowired
	DirectiveService directives;

	@Autowired
	OversightFigures figures;

	@Autowired
	UnitScope scope;

	@Autowired
	NotificationService notifications;

	@Autowired
	OrgDirectory org;

	@Test
	void theSeedsSurpriseInspectionHasItsDozenRecommendationsInEveryState() {
		Actor board = actor("bandanvan");
		Inspection surprise = surprise(board);
		assertThat(surprise.getInspectedUnitIds()).containsExactlyInAnyOrder(unit("XA_BINH_DUC"), unit("XA_LONG_DINH"),
				unit("XA_VINH_KIM"));
		assertThat(surprise.getTopics()).hasSize(5);
		assertThat(surprise.getStatus()).isEqualTo(InspectionStatus.FOLLOW_UP);
		assertThat(inspections.steps(board, surprise.getId())).extracting(s -> s.getToStatus())
			.containsExactly(InspectionStatus.PREPARING, InspectionStatus.CARRYING_OUT, InspectionStatus.CLOSING,
					InspectionStatus.FOLLOW_UP);
		List<Recommendation> recs = recommendations.of(board, surprise);
		LocalDate today = inspections.today();
		Map<RecommendationStatus, Long> byStatus = recs.stream()
			.collect(Collectors.groupingBy(r -> r.statusOn(today), Collectors.counting()));
		assertThat(recs).hasSize(12);
		assertThat(byStatus).containsEntry(RecommendationStatus.ACCEPTED, 4L)
			.containsEntry(RecommendationStatus.REPORTED_DONE, 2L)
			.containsEntry(RecommendationStatus.OVERDUE, 6L);
		assertThat(recs.stream().map(Recommendation::getStatus).collect(Collectors.toSet()))
			.contains(RecommendationStatus.NOT_STARTED, RecommendationStatus.IN_PROGRESS);
		// the reply rule for inspections (oversight_rule REPLY_INSPECTION) applies from 1/12/2022: none escalated in 2020
		assertThat(recs).filteredOn(r -> r.getEscalatedOn() != null).isEmpty();
	}

	@Test
	void theThreeStepsRefuseWhatIsOutOfOrderAndChangeNothing() {
		Actor board = actor("bandanvan");
		LocalDate today = inspections.today();
		assertRefused(() -> inspections.create(board, draft(InspectionKind.INSPECTION, InspectionForm.SURPRISE, null,
				today, null, null)), "grounds");
		// a notice shorter than the rule's minimum is kept, with a warning on the inspection's page
		Inspection shortNotice = inspections.create(board, draft(InspectionKind.SUPERVISION, InspectionForm.SCHEDULED,
				null, today.plusDays(20), "01-QĐ/BTGDVTU", today.plusDays(15)));
		assertThat(inspections.noticeShortfall(shortNotice)).hasValueSatisfying(s -> {
			assertThat(s.given()).isEqualTo(5);
			assertThat(s.minimum()).isEqualTo(15);
		});
		assertThat(inspections.noticeShortfall(inspections.create(board, draft(InspectionKind.SUPERVISION,
				InspectionForm.SCHEDULED, null, today.plusDays(20), "02-QĐ/BTGDVTU", today.minusDays(1))))).isEmpty();
		Inspection i = inspections.create(board, draft(InspectionKind.INSPECTION, InspectionForm.SURPRISE,
				"Đơn phản ánh của Nhân dân", today.minusDays(10), null, null));
		assertRefused(() -> inspections.start(board, i.getId(), i.getVersion(), StepInput.on(today, null)), "on");
		assertThat(inspections.get(board, i.getId()).getStatus()).isEqualTo(InspectionStatus.PREPARING);

		Inspection ready = inspections.update(board, i.getId(), i.getVersion(), draft(InspectionKind.INSPECTION,
				InspectionForm.SURPRISE, "Đơn phản ánh của Nhân dân", today.minusDays(10), "99-QĐ/BTGDVTU",
				today.minusDays(12)));
		inspections.start(board, i.getId(), ready.getVersion(), StepInput.on(today.minusDays(10), null));
		assertRefused(() -> recommendations.add(board, i.getId(), version(i.getId()), new RecommendationDraft("Sớm", unit("DUX_KIM_SON"), null,
				today.plusDays(10))), null);
		inspections.endWork(board, i.getId(), version(i.getId()), StepInput.on(today.minusDays(5), null));
		assertRefused(() -> inspections.conclude(board, i.getId(), version(i.getId()),
				new StepInput(today.minusDays(7), "05-TB/BTGDVTU", null, null, null, null, null)), "on");
		assertThat(inspections.get(board, i.getId()).getConclusionNumber()).isNull();
		inspections.conclude(board, i.getId(), version(i.getId()),
				new StepInput(today.minusDays(2), "05-TB/BTGDVTU", "Tốt", "Còn chậm", null, null, null));
		assertRefused(() -> recommendations.add(board, i.getId(), version(i.getId()),
				new RecommendationDraft("Không có đơn vị", null, null, today.plusDays(10))), "addresseeUnitId");
		assertRefused(() -> recommendations.add(board, i.getId(), version(i.getId()),
				new RecommendationDraft("Không có hạn", unit("DUX_KIM_SON"), null, null)), "due");
		Recommendation r = recommendations.add(board, i.getId(), version(i.getId()),
				new RecommendationDraft("Khắc phục hạn chế", unit("DUX_KIM_SON"), null, today.plusDays(10)));
		assertRefused(() -> recommendations.accept(board, r.getId(), r.getVersion()), null);
		assertRefused(() -> inspections.finish(board, i.getId(), version(i.getId()), null), null);

		Actor commune = actor("binhduc");
		Recommendation reported = recommendations.reply(commune, r.getId(), r.getVersion(), true, "Đã khắc phục", null);
		Recommendation accepted = recommendations.accept(board, r.getId(), reported.getVersion());
		assertThat(accepted.getStatus()).isEqualTo(RecommendationStatus.ACCEPTED);
		assertThat(inspections.finish(board, i.getId(), version(i.getId()), null).getStatus())
			.isEqualTo(InspectionStatus.DONE);
	}

	@Test
	void aRecommendationWithoutAWrittenReplyIsEscalatedToTheParentOnTheTwentiethDay() {
		Actor board = actor("bandanvan");
		LocalDate today = inspections.today();
		Long ubnd = unit("UBNDX_KIM_SON");
		Inspection i = inspections.create(board, new InspectionDraft(InspectionKind.SUPERVISION, InspectionForm.THEMATIC,
				null, "Giám sát chuyên đề thủ tục hành chính (leo thang)", unit("BTGDV_DONG_THAP"), Set.of(ubnd),
				List.of(), Set.of("CCHC"), null, null, "70-QĐ/BTGDVTU", today.minusDays(9), today.minusDays(8), today.minusDays(6),
				null, List.of(), null, null));
		inspections.start(board, i.getId(), i.getVersion(), StepInput.on(today.minusDays(6), null));
		inspections.endWork(board, i.getId(), version(i.getId()), StepInput.on(today.minusDays(5), null));
		inspections.conclude(board, i.getId(), version(i.getId()),
				new StepInput(today, "71-TB/BTGDVTU", null, null, null, null, null));
		Recommendation r = recommendations.add(board, i.getId(), version(i.getId()),
				new RecommendationDraft("Trả lời bằng văn bản về việc giải quyết hồ sơ trễ hẹn", ubnd, null, today.plusDays(60)));

		at(today.plusDays(19), recommendations::escalate);
		assertThat(recommendations.get(board, r.getId()).getEscalatedOn()).isNull();
		at(today.plusDays(20), recommendations::escalate);
		assertThat(recommendations.get(board, r.getId()).getEscalatedOn()).isEqualTo(today.plusDays(20));
		assertThat(notifications.readAll(actor("binhduc"))).extracting(Notification::getMessage)
			.anyMatch(t -> t.contains("chưa có văn bản trả lời") && t.contains("20 ngày")
					&& t.contains("Ủy ban nhân dân xã Kim Sơn"));
		at(today.plusDays(40), recommendations::escalate);
		assertThat(recommendations.get(board, r.getId()).getEscalatedOn()).as("escalated once").isEqualTo(today.plusDays(20));
	}

	@Test
	void aDirectiveGridTellsDoneLateAndSilentUnitsAndRemindsTheSilentOnes() throws Exception {
		Actor board = actor("bandanvan");
		LocalDate today = inspections.today();
		LocalDate due = today.plusDays(5);
		Long kimSon = unit("DUX_KIM_SON");
		Long longDinh = unit("DUX_LONG_DINH");
		Long vinhKim = unit("DUX_VINH_KIM");
		Directive d = directives.create(board, new DirectiveDraft("77-KH/BTGDVTU", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
				IssuerLevel.PROVINCE, today, "Kế hoạch quán triệt thử nghiệm lưới trạng thái", unit("BTGDV_DONG_THAP"), due,
				null, new LinkedHashSet<>(List.of(kimSon, longDinh, vinhKim)), null));
		assertRefused(() -> directives.report(actor("binhduc"), d.getId(), unit("DUX_TAN_HUONG"), 0,
				new DisseminationReport(today, 1, 5, 5, 5, null)), "unitId");
		assertRefused(() -> directives.report(actor("binhduc"), d.getId(), kimSon, row(board, d, kimSon).getVersion(),
				new DisseminationReport(today, 1, 5, 5_000_000, 5, null)), "partyMembers");
		directives.report(actor("binhduc"), d.getId(), kimSon, row(board, d, kimSon).getVersion(),
				new DisseminationReport(today, 2, 15, 80, 200, null));
		assertThat(directives.grid(board, d.getId()).counts()).containsEntry(Dissemination.DONE, 1)
			.containsEntry(Dissemination.PENDING, 2);

		at(due.minusDays(2), directives::remind);
		assertThat(row(board, d, longDinh).getRemindedBeforeOn()).isEqualTo(due.minusDays(2));
		assertThat(row(board, d, kimSon).getRemindedBeforeOn()).as("a unit that reported is not reminded").isNull();
		assertThat(notifications.readAll(actor("longdinh"))).extracting(Notification::getMessage)
			.anyMatch(t -> t.contains("77-KH/BTGDVTU") && t.contains("Sắp đến hạn"));
		at(due, directives::remind);
		assertThat(row(board, d, vinhKim).getRemindedDueOn()).isEqualTo(due);

		at(due.plusDays(2), () -> directives.report(actor("longdinh"), d.getId(), longDinh,
				row(board, d, longDinh).getVersion(), new DisseminationReport(due.plusDays(2), 1, 10, 50, 90, null)));
		DirectiveService.Grid grid = at(due.plusDays(3), () -> directives.grid(board, d.getId()));
		assertThat(grid.counts()).containsEntry(Dissemination.DONE, 1).containsEntry(Dissemination.LATE, 1)
			.containsEntry(Dissemination.SILENT, 1);
		assertThat(directives.grid(actor("binhduc"), d.getId()).rows()).as("a commune sees its own row")
			.extracting(row -> row.unit().getUnitId()).containsExactly(kimSon);

		mvc.perform(get("/api/oversight/directives/" + d.getId()).with(as("bandanvan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value("77-KH/BTGDVTU"))
			.andExpect(jsonPath("$.units.length()").value(3))
			.andExpect(jsonPath("$.units[0].status").value("DONE"))
			.andExpect(jsonPath("$.units[0].participants").value(295));
	}

	@Test
	void anInspectedCommuneSeesOnlyItsOwn() throws Exception {
		Inspection surprise = surprise(actor("bandanvan"));
		List<Recommendation> mine = recommendations.of(actor("binhduc"), surprise);
		assertThat(mine).hasSize(4).allMatch(r -> r.getAddresseeUnitId().equals(unit("XA_BINH_DUC")));
		List<Inspection> longDinhSees = inspections.list(actor("longdinh"), InspectionFilter.none());
		Inspection kimSonOwn = inspections.list(actor("binhduc"), InspectionFilter.none())
			.stream()
			.filter(i -> i.getBodyUnitId().equals(unit("DUX_KIM_SON")))
			.findFirst()
			.orElseThrow();
		assertThat(longDinhSees).extracting(Inspection::getId).contains(surprise.getId()).doesNotContain(kimSonOwn.getId());
		mvc.perform(get("/oversight/inspections/" + kimSonOwn.getId()).with(as("longdinh")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/oversight/inspections/" + surprise.getId()).with(as("binhduc")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recommendations.length()").value(4))
			.andExpect(jsonPath("$.recommendations[0].addresseeUnitId").value(unit("XA_BINH_DUC")));
	}

	@Test
	void theDistrictsFiguresFor2020AreTheHandCountedDemoRecords() throws Exception {
		Long district = unit("HU_CHAU_THANH");
		Map<String, Figure> counted = figures.figures(new FigureQuery(district, LocalDate.of(2020, 1, 1),
				LocalDate.of(2020, 12, 31))).stream().collect(Collectors.toMap(Figure::code, Function.identity()));
		// the 2020 programme: four planned checks, two concluded; the surprise inspection outside it, concluded
		assertThat(value(counted, "oversight.inspections.planned")).isEqualTo(4);
		assertThat(value(counted, "oversight.inspections.done")).isEqualTo(3);
		assertThat(value(counted, "oversight.inspections.kind.inspection")).isEqualTo(2);
		assertThat(value(counted, "oversight.inspections.kind.supervision")).isEqualTo(3);
		assertThat(value(counted, "oversight.inspections.form.surprise")).isEqualTo(1);
		assertThat(value(counted, "oversight.inspections.form.scheduled")).isEqualTo(2);
		// twelve of the surprise inspection, one on each concluded planned check
		assertThat(value(counted, "oversight.recommendations.issued")).isEqualTo(14);
		assertThat(value(counted, "oversight.recommendations.accepted")).isEqualTo(6);
		assertThat(value(counted, "oversight.recommendations.overdue")).isEqualTo(6);
		assertThat(value(counted, "oversight.recommendations.fulfilment")).isEqualTo(43);
		// four directives to the district's twenty communes: 54 on time, 26 late or silent
		assertThat(value(counted, "oversight.directives.issued")).isEqualTo(4);
		assertThat(value(counted, "oversight.directives.units-required")).isEqualTo(80);
		assertThat(value(counted, "oversight.directives.units-done")).isEqualTo(54);
		assertThat(value(counted, "oversight.directives.units-late")).isEqualTo(26);
		assertThat(counted.get("oversight.inspections.form.surprise").recordsPath()).startsWith("/oversight/inspections?");

		mvc.perform(get("/api/oversight/figures").param("unit", district.toString()).param("from", "2020-01-01")
			.param("to", "2020-12-31").with(as("bandanvan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'oversight.recommendations.issued')].value").value(14));
		mvc.perform(get("/api/oversight/figures").param("unit", district.toString()).with(as("binhduc")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theListExportsToExcelAndTheConclusionNoticePrintsInThePartyLayout() throws Exception {
		Inspection surprise = surprise(actor("bandanvan"));
		byte[] xlsx = mvc.perform(get("/oversight/inspections/export").param("year", "2020").with(as("bandanvan")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			DataFormatter text = new DataFormatter();
			Row found = null;
			for (Row row : book.getSheetAt(0)) {
				if (text.formatCellValue(row.getCell(1)).equals(surprise.getTitle())) {
					found = row;
				}
			}
			assertThat(found).isNotNull();
			assertThat(text.formatCellValue(found.getCell(3))).isEqualTo("đột xuất");
			assertThat(text.formatCellValue(found.getCell(10))).isEqualTo("4/12 (33%)");
		}
		byte[] pdf = mvc.perform(get("/oversight/inspections/" + surprise.getId() + "/documents/conclusion.pdf")
			.with(as("bandanvan"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String printed = new PDFTextStripper().getText(document);
			assertThat(printed).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "21-TB/BDVHU", "THÔNG BÁO KẾT LUẬN",
					"Kiện toàn Ban chỉ đạo", "- Lưu Văn phòng, hồ sơ Đoàn");
			// the parts are numbered in order whether or not causes were written
			boolean causes = surprise.getCauses() != null && !surprise.getCauses().isBlank();
			assertThat(printed).contains("I. Ưu điểm", "II. Hạn chế, khuyết điểm",
					causes ? "IV. Kiến nghị, yêu cầu" : "III. Kiến nghị, yêu cầu");
			Path dir = Path.of("target", "screenshots");
			Files.createDirectories(dir);
			for (int p = 0; p < document.getNumberOfPages(); p++) {
				ImageIO.write(new PDFRenderer(document).renderImageWithDPI(p, 70), "png",
						dir.resolve("oversight-conclusion-" + (p + 1) + ".png").toFile());
			}
		}
		byte[] decision = mvc.perform(get("/oversight/inspections/" + surprise.getId() + "/documents/decision.pdf")
			.with(as("bandanvan"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(decision)) {
			assertThat(new PDFTextStripper().getText(document)).contains("17-QĐ/BDVHU", "Trưởng đoàn");
			ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 70), "png",
					Path.of("target", "screenshots", "oversight-decision-1.png").toFile());
		}
		// the Word copy carries the same place line: the 2020 district board prints "Châu Thành, ngày …"
		byte[] docx = mvc.perform(get("/oversight/inspections/" + surprise.getId() + "/documents/conclusion.docx")
			.with(as("bandanvan"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		Files.write(Path.of("target", "screenshots", "oversight-conclusion.docx"), docx);
		try (org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument(
				new ByteArrayInputStream(docx))) {
			String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word).getText();
			assertThat(text).contains("Châu Thành, ngày").contains("21-TB/BDVHU").doesNotContain("Huyện ủy Châu Thành, ngày");
		}
	}

	@Test
	void theHomePageListsAnOfficersOverdueRecommendationsAndUnreportedDirectives() throws Exception {
		Actor board = actor("bandanvan");
		java.util.Set<Long> units = new java.util.HashSet<>();
		board.grants().stream().filter(g -> !g.isGlobal()).forEach(g -> units.addAll(org.unitIdsWithin(g.scopeUnitId())));
		LocalDate today = inspections.today();
		long overdue = recommendations.all().stream()
			.filter(r -> units.contains(r.getAddresseeUnitId()) && r.statusOn(today) == RecommendationStatus.OVERDUE)
			.count();
		assertThat(overdue).as("this year's demo has overdue recommendations within the board's province").isPositive();
		String home = mvc.perform(get("/dashboard").with(as("bandanvan"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(home).contains("Kiến nghị sau kiểm tra, giám sát quá hạn thực hiện")
			.contains("/oversight/recommendations?status=OVERDUE");
		assertThat(home.replaceAll("\\s+", " ")).containsPattern(">" + overdue
				+ "</span> <a href=\"/oversight/recommendations\\?status=OVERDUE\"");
		// an account with a global grant has no units of its own: nothing of the kind
		String admin = mvc.perform(get("/dashboard").with(as("admin"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(admin).doesNotContain("giám sát quá hạn thực hiện");
	}

	@Test
	void everyScreenAnswersTheBoard() throws Exception {
		for (String page : List.of("/oversight/inspections", "/oversight/inspections?q=kiem tra dot xuat",
				"/oversight/recommendations?status=OVERDUE", "/oversight/directives", "/oversight/plans",
				"/oversight/committees", "/oversight/figures", "/oversight/inspections/new")) {
			mvc.perform(get(page).with(as("bandanvan"))).andExpect(status().isOk());
		}
		Inspection surprise = surprise(actor("bandanvan"));
		mvc.perform(get("/oversight/inspections/" + surprise.getId()).with(as("bandanvan"))).andExpect(status().isOk());
		mvc.perform(get("/oversight/inspections/" + surprise.getId()).with(as("binhduc"))).andExpect(status().isOk());
		assertThat(inspections.list(actor("bandanvan"), new InspectionFilter(null, null, null, null, null, null, null,
				"KIEM TRA DOT XUAT cong tac dan van", null, null, null, null))).extracting(Inspection::getId).contains(surprise.getId());
	}

	private Inspection surprise(Actor board) {
		return inspections.list(board, new InspectionFilter(null, 2020, null, InspectionForm.SURPRISE, null, null, null,
				null, null, null, null, null)).get(0);
	}

	private InspectionDraft draft(InspectionKind kind, InspectionForm form, String grounds, LocalDate work,
			String decision, LocalDate notice) {
		return new InspectionDraft(kind, form, grounds, "Kiểm tra thử nghiệm các bước", unit("BTGDV_DONG_THAP"),
				Set.of(unit("DUX_KIM_SON")), List.of(), Set.of("DAN_VAN"), null, null, decision, notice == null ? null : notice,
				notice, work, null, List.of(), null, null);
	}

	private long version(Long inspectionId) {
		return inspections.get(actor("bandanvan"), inspectionId).getVersion();
	}

	private danvan.oversight.directive.DirectiveUnit row(Actor actor, Directive d, Long unit) {
		return directives.grid(actor, d.getId()).rows().stream().filter(r -> r.unit().getUnitId().equals(unit))
			.findFirst().orElseThrow().unit();
	}

	private static void assertRefused(Runnable work, String field) {
		assertThatThrownBy(work::run).isInstanceOfSatisfying(RuleViolationException.class,
				e -> assertThat(e.field()).isEqualTo(field));
	}

	private static <T> T at(LocalDate day, Supplier<T> work) {
		return AppClock.asOf(LocalDateTime.of(day, LocalTime.of(8, 0)), work);
	}

	@Test
	void theGroupedFiguresOfACommuneMatchACountOfItsRowsByHand() {
		Long commune = unit("XA_BINH_DUC");
		LocalDate from = LocalDate.of(2019, 1, 1);
		LocalDate to = LocalDate.of(2030, 12, 31);
		Map<String, Figure> counted = figures.figures(new FigureQuery(commune, from, to))
			.stream()
			.collect(Collectors.toMap(Figure::code, Function.identity()));
		Set<Long> units = scope.subtree(commune);
		LocalDate today = inspections.today();
		// the hand count: every row loaded, filtered one by one as the figure defines it
		List<Inspection> held = inspections.all()
			.stream()
			.filter(i -> !i.getWorkFrom().isBefore(from) && !i.getWorkFrom().isAfter(to))
			.filter(i -> units.contains(i.getBodyUnitId()) || i.getInspectedUnitIds().stream().anyMatch(units::contains))
			.toList();
		List<Recommendation> issued = recommendations.all()
			.stream()
			.filter(r -> !r.getIssuedOn().isBefore(from) && !r.getIssuedOn().isAfter(to))
			.filter(r -> units.contains(r.getAddresseeUnitId()))
			.toList();
		long late = directives.grids(directives.all())
			.stream()
			.filter(g -> !g.directive().getIssuedOn().isBefore(from) && !g.directive().getIssuedOn().isAfter(to))
			.flatMap(g -> g.rows().stream())
			.filter(r -> units.contains(r.unit().getUnitId()))
			.filter(r -> r.status() == Dissemination.LATE || r.status() == Dissemination.SILENT)
			.count();
		assertThat(held).isNotEmpty();
		assertThat(issued).isNotEmpty();
		assertThat((long) value(counted, "oversight.inspections.kind.supervision"))
			.isEqualTo(held.stream().filter(i -> i.getKind() == InspectionKind.SUPERVISION).count());
		assertThat((long) value(counted, "oversight.inspections.done"))
			.isEqualTo(held.stream().filter(i -> i.getStatus().concluded()).count());
		assertThat((long) value(counted, "oversight.recommendations.issued")).isEqualTo((long) issued.size());
		assertThat((long) value(counted, "oversight.recommendations.overdue"))
			.isEqualTo(issued.stream().filter(r -> r.isOverdue(today)).count());
		assertThat((long) value(counted, "oversight.directives.units-late")).isEqualTo(late);
	}

	private static int value(Map<String, Figure> counted, String code) {
		return counted.get(code).value().intValue();
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
