package danvan.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import danvan.oversight.inspection.InspectedOfficial;
import danvan.oversight.inspection.Inspection;
import danvan.oversight.inspection.InspectionDraft;
import danvan.oversight.inspection.InspectionFilter;
import danvan.oversight.inspection.InspectionForm;
import danvan.oversight.inspection.InspectionKind;
import danvan.oversight.inspection.InspectionService;
import danvan.oversight.inspection.Recommendation;
import danvan.oversight.inspection.RecommendationDraft;
import danvan.oversight.inspection.RecommendationService;
import danvan.oversight.inspection.StepInput;
import danvan.platform.AppClock;
import danvan.platform.audit.AuditAction;
import danvan.platform.audit.AuditEntry;
import danvan.platform.audit.AuditHistory;
import danvan.platform.figures.Figure;
import danvan.platform.figures.FigureQuery;
import danvan.platform.notifications.Notification;
import danvan.platform.notifications.NotificationService;
import danvan.platform.security.Actor;
import danvan.platform.web.RuleViolationException;
import danvan.test.DanvanSpringTest;

/** Officials inspected in person: chosen within the body's reach, read by their unit, answering recommendations. */
@DanvanSpringTest
class InspectedOfficialsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	InspectionService inspections;

	@Autowired
	RecommendationService recommendations;

	@Autowired
	OversightFigures figures;

	@Autowired
	NotificationService notifications;

	@Autowired
	AuditHistory audit;

	@Autowired
	OrgDirectory org;

	@Test
	void anOfficialChosenTwiceOrOutsideTheBodysReachIsRefusedAndNothingIsSaved() {
		Actor board = actor("bandanvan");
		Long official = chairman();
		int before = inspections.list(board, InspectionFilter.none()).size();
		assertRefused(() -> inspections.create(board, draft("Giám sát trùng cán bộ", unit("BTGDV_DONG_THAP"), Set.of(),
				List.of(official, official))), "inspectedOfficialIds");
		assertRefused(() -> inspections.create(board, draft("Giám sát không đối tượng", unit("BTGDV_DONG_THAP"), Set.of(),
				List.of())), "inspectedUnitIds");
		// a commune's committee reaches its own subtree only: xã Kim Sơn's chairman is outside xã Long Định's
		assertRefused(() -> inspections.create(actor("longdinh"), draft("Giám sát ngoài phạm vi", unit("DUX_LONG_DINH"),
				Set.of(), List.of(official))), "inspectedOfficialIds");
		assertThat(inspections.list(board, InspectionFilter.none())).hasSize(before);
	}

	@Test
	void anInspectedOfficialsUnitReadsTheInspectionAndTheFiguresCountItThere() throws Exception {
		Actor board = actor("bandanvan");
		Long official = chairman();
		Long officialUnit = org.official(official).orElseThrow().unitId();
		LocalDate today = inspections.today();
		Map<String, Figure> before = figures(officialUnit, today);
		Inspection i = inspections.create(board, draft("Giám sát trực tiếp Chủ tịch UBND xã Kim Sơn về tiếp công dân",
				unit("BTGDV_DONG_THAP"), Set.of(), List.of(official)));
		assertThat(i.getInspectedOfficials()).containsExactly(new InspectedOfficial(official, officialUnit));
		assertThat(inspections.reads(actor("binhduc"), i)).as("the official's commune reads it").isTrue();
		assertThat(inspections.reads(actor("longdinh"), i)).isFalse();
		assertThat(value(figures(officialUnit, today), "oversight.inspections.kind.supervision"))
			.isEqualTo(value(before, "oversight.inspections.kind.supervision") + 1);
		String page = mvc.perform(get("/oversight/inspections/" + i.getId()).with(as("binhduc")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Cán bộ được kiểm tra, giám sát").contains(name(official));

		Inspection edited = inspections.update(board, i.getId(), i.getVersion(), draft(i.getTitle(),
				unit("BTGDV_DONG_THAP"), Set.of(unit("UBNDX_KIM_SON")), List.of()));
		assertThat(edited.getInspectedOfficials()).isEmpty();
		List<AuditEntry> trail = audit.recent("OversightInspection", i.getId(), List.of(AuditAction.UPDATE), 10);
		assertThat(trail).flatExtracting(AuditEntry::changes)
			.anySatisfy(c -> {
				assertThat(c.key()).isEqualTo("inspectedOfficials");
				assertThat(c.before()).contains("#" + official);
			});
	}

	@Test
	void aRecommendationToAnOfficialIsAnsweredByTheirUnitAndEscalatedToItsParent() throws Exception {
		Actor board = actor("bandanvan");
		Long official = chairman();
		LocalDate today = inspections.today();
		Inspection i = inspections.create(board, draft("Giám sát trực tiếp cán bộ (kiến nghị cá nhân)",
				unit("BTGDV_DONG_THAP"), Set.of(unit("UBNDX_KIM_SON")), List.of(official)));
		inspections.start(board, i.getId(), i.getVersion(), StepInput.on(today.minusDays(6), null));
		inspections.endWork(board, i.getId(), version(i), StepInput.on(today.minusDays(5), null));
		inspections.conclude(board, i.getId(), version(i), new StepInput(today, "72-TB/BTGDVTU", "Nghiêm túc",
				"Còn chậm trả lời", null, null, null));
		Long stranger = org.officialsIn(unit("BTGDV_DONG_THAP")).get(0).id();
		assertRefused(() -> recommendations.add(board, i.getId(), version(i), new RecommendationDraft("Sai người",
				null, stranger, today.plusDays(30))), "addresseeOfficialId");
		assertRefused(() -> recommendations.add(board, i.getId(), version(i), new RecommendationDraft("Sai đơn vị",
				unit("DUX_LONG_DINH"), official, today.plusDays(30))), "addresseeUnitId");

		mvc.perform(post("/oversight/inspections/" + i.getId() + "/recommendations").with(as("bandanvan"))
			.param("version", String.valueOf(version(i)))
			.param("text", "Đồng chí Chủ tịch trực tiếp tiếp công dân định kỳ hằng tháng")
			.param("addresseeOfficialId", official.toString())
			.param("due", today.plusDays(60).toString())).andExpect(status().is3xxRedirection());
		Recommendation r = recommendations.of(board, inspections.get(board, i.getId())).get(0);
		assertThat(r.getAddresseeOfficialId()).isEqualTo(official);
		assertThat(r.getAddresseeUnitId()).isEqualTo(org.official(official).orElseThrow().unitId());
		assertThat(recommendations.answers(actor("binhduc"), r)).isTrue();
		assertThat(recommendations.answers(actor("longdinh"), r)).isFalse();

		at(today.plusDays(20), recommendations::escalate);
		assertThat(recommendations.get(board, r.getId()).getEscalatedOn()).isEqualTo(today.plusDays(20));
		Long parent = org.parentOf(r.getAddresseeUnitId()).orElseThrow().id();
		assertThat(parent).isEqualTo(unit("DUX_KIM_SON"));
		assertThat(notifications.readAll(actor("binhduc"))).extracting(Notification::getMessage)
			.anyMatch(t -> t.contains(name(official)) && t.contains("chưa có văn bản trả lời"));

		byte[] xlsx = mvc.perform(get("/oversight/inspections/export").with(as("bandanvan")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			DataFormatter text = new DataFormatter();
			Row found = null;
			for (Row row : book.getSheetAt(0)) {
				if (text.formatCellValue(row.getCell(1)).equals(i.getTitle())) {
					found = row;
				}
			}
			assertThat(found).isNotNull();
			assertThat(text.formatCellValue(found.getCell(6))).startsWith(name(official) + " (");
		}
		byte[] pdf = mvc.perform(get("/oversight/inspections/" + i.getId() + "/documents/conclusion.pdf")
			.with(as("bandanvan"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(printed).contains("đồng chí " + name(official)).contains("72-TB/BTGDVTU");
		}
	}

	/** An official serving in a body directly under xã Kim Sơn's committee (its Ban Xây dựng Đảng in the demo). */
	private Long chairman() {
		Long commune = unit("DUX_KIM_SON");
		return org.unitIdsWithin(commune)
			.stream()
			.filter(u -> org.parentOf(u).map(p -> p.id().equals(commune)).orElse(false))
			.flatMap(u -> org.officialsIn(u).stream())
			.findFirst()
			.orElseThrow()
			.id();
	}

	private String name(Long official) {
		return org.official(official).orElseThrow().fullName();
	}

	private InspectionDraft draft(String title, Long body, Set<Long> units, List<Long> officials) {
		LocalDate today = inspections.today();
		return new InspectionDraft(InspectionKind.SUPERVISION, InspectionForm.THEMATIC, null, title, body, units,
				officials, Set.of("CCHC"), null, null, "73-QĐ/BTGDVTU", today.minusDays(9), today.minusDays(8),
				today.minusDays(6), null, List.of(), null, null);
	}

	private Map<String, Figure> figures(Long unit, LocalDate today) {
		return figures.figures(new FigureQuery(unit, today.withDayOfYear(1), today.plusYears(1)))
			.stream()
			.collect(Collectors.toMap(Figure::code, f -> f));
	}

	private static int value(Map<String, Figure> counted, String code) {
		return counted.get(code).value().intValue();
	}

	private long version(Inspection i) {
		return inspections.get(actor("bandanvan"), i.getId()).getVersion();
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

	private static void assertRefused(Runnable work, String field) {
		assertThatThrownBy(work::run).isInstanceOfSatisfying(RuleViolationException.class,
				e -> assertThat(e.field()).isEqualTo(field));
	}

	private static <T> T at(LocalDate day, Supplier<T> work) {
		return AppClock.asOf(LocalDateTime.of(day, LocalTime.of(8, 0)), work);
	}

}
