package danvan.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.oversight.directive.Directive;
import danvan.oversight.directive.DirectiveService;
import danvan.oversight.directive.Dissemination;
import danvan.oversight.inspection.Inspection;
import danvan.oversight.inspection.InspectionFilter;
import danvan.oversight.inspection.InspectionForm;
import danvan.oversight.inspection.InspectionKind;
import danvan.oversight.inspection.InspectionService;
import danvan.oversight.inspection.InspectionStatus;
import danvan.oversight.inspection.Recommendation;
import danvan.oversight.inspection.RecommendationService;
import danvan.oversight.inspection.RecommendationStatus;
import danvan.platform.security.Actor;
import danvan.test.DanvanSpringTest;

/**
 * The inspection, recommendation and directive lists narrow, count and page in the database. Each is checked
 * against the record-by-record reading of the same rules (who reads what, what each filter keeps), for the
 * district's board and for an inspected commune, and the pages against the whole.
 */
@DanvanSpringTest
class OversightListsTests {

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
	UnitScope scope;

	@Autowired
	OrgDirectory org;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyFilterOfTheInspectionListKeepsWhatTheRulesKeep() {
		List<InspectionFilter> filters = List.of(InspectionFilter.none(),
				filter(null, 2020, null, null, null, null, null, null, null),
				filter(null, null, InspectionKind.SUPERVISION, null, null, null, null, null, null),
				filter(null, null, null, InspectionForm.SURPRISE, null, null, null, null, null),
				filter(null, null, null, null, "DAN_VAN", null, null, null, null),
				filter(null, null, null, null, null, InspectionStatus.FOLLOW_UP, null, null, null),
				filter(null, null, null, null, null, null, true, null, null),
				filter(null, null, null, null, null, null, null, "kiem tra", null),
				filter(null, null, null, null, null, null, null, null, true),
				filter(unit("XA_BINH_DUC"), null, null, null, null, null, null, null, null),
				new InspectionFilter(null, 2020, null, null, null, null, null, null, LocalDate.of(2020, 6, 1),
						LocalDate.of(2020, 9, 30), null, true));
		for (String reader : List.of("bandanvan", "binhduc", "longdinh", "admin")) {
			Actor actor = actor(reader);
			for (InspectionFilter f : filters) {
				List<Long> expected = expectedInspections(actor, f);
				assertThat(inspections.list(actor, f)).as(reader + " " + f).extracting(Inspection::getId)
					.containsExactlyElementsOf(expected);
			}
		}
		assertThat(expectedInspections(actor("bandanvan"), InspectionFilter.none())).hasSizeGreaterThan(3);
		assertThat(expectedInspections(actor("binhduc"), InspectionFilter.none()))
			.hasSizeLessThan(expectedInspections(actor("bandanvan"), InspectionFilter.none()).size());
	}

	@Test
	@Transactional
	void aLongListComesAPageAtATimeAndAPagePastTheEndShowsTheLast() throws Exception {
		Long board = unit("BDV_CHAU_THANH");
		long first = jdbc.queryForObject("select coalesce(max(id), 0) from oversight_inspection", Long.class) + 1;
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			rows.add(new Object[] { first + i, "INSPECTION", "REGULAR", "Kiểm tra phân trang " + i,
				"kiem tra phan trang " + i, board, Date.valueOf(LocalDate.of(2019, 1, 1).plusDays(i)), "PREPARING",
				Timestamp.from(Instant.now()), "test" });
		}
		jdbc.batchUpdate("insert into oversight_inspection (id, kind, form, title, title_folded, body_unit_id, work_from,"
				+ " status, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		Actor actor = actor("bandanvan");
		InspectionFilter paging = filter(null, null, null, null, null, null, null, "phan trang", null);
		Page<Inspection> p0 = inspections.page(actor, paging, PageRequest.of(0, 50));
		Page<Inspection> p2 = inspections.page(actor, paging, PageRequest.of(2, 50));
		assertThat(p0.getTotalElements()).isEqualTo(120);
		assertThat(p0.getContent()).hasSize(50);
		assertThat(p2.getContent()).hasSize(20);
		assertThat(p0.getContent().get(0).getTitle()).isEqualTo("Kiểm tra phân trang 119");
		assertThat(p2.getContent().get(19).getTitle()).isEqualTo("Kiểm tra phân trang 0");

		mvc.perform(get("/oversight/inspections").param("q", "phan trang").with(user(users.loadUserByUsername("bandanvan"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tìm thấy 120 cuộc kiểm tra, giám sát.")))
			.andExpect(content().string(containsString("Trang 1/3")))
			.andExpect(content().string(containsString("Kiểm tra phân trang 70")))
			.andExpect(content().string(not(containsString("Kiểm tra phân trang 69<"))));
		mvc.perform(get("/oversight/inspections").param("q", "phan trang").param("page", "999")
			.with(user(users.loadUserByUsername("bandanvan"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trang 3/3")))
			.andExpect(content().string(containsString("Kiểm tra phân trang 0<")));
		mvc.perform(get("/oversight/inspections").param("page", "abc").with(user(users.loadUserByUsername("bandanvan"))))
			.andExpect(status().is4xxClientError());
		mvc.perform(get("/oversight/inspections").param("year", "2147483647").with(user(users.loadUserByUsername("bandanvan"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tìm thấy 0 cuộc kiểm tra, giám sát.")));
	}

	@Test
	void theRecommendationListKeepsWhatEachReaderMaySeeWithItsRate() {
		List<RecommendationService.Filter> filters = new ArrayList<>();
		filters.add(new RecommendationService.Filter(null, null, null, null, null));
		for (RecommendationStatus s : RecommendationStatus.values()) {
			filters.add(new RecommendationService.Filter(null, s, null, null, null));
		}
		filters.add(new RecommendationService.Filter(unit("XA_BINH_DUC"), null, null, null, null));
		filters.add(new RecommendationService.Filter(null, null, true, null, null));
		filters.add(new RecommendationService.Filter(null, null, null, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
		for (String reader : List.of("bandanvan", "binhduc", "admin")) {
			Actor actor = actor(reader);
			for (RecommendationService.Filter f : filters) {
				List<Recommendation> expected = expectedRecommendations(actor, f);
				RecommendationService.Found found = recommendations.page(actor, f, Pageable.unpaged());
				assertThat(found.page().getContent()).as(reader + " " + f).extracting(Recommendation::getId)
					.containsExactlyElementsOf(expected.stream().map(Recommendation::getId).toList());
				assertThat(found.rate().accepted()).as(reader + " " + f)
					.isEqualTo(expected.stream().filter(r -> r.getStatus() == RecommendationStatus.ACCEPTED).count());
				assertThat(found.rate().total()).isEqualTo(expected.size());
			}
		}
		assertThat(expectedRecommendations(actor("bandanvan"), filters.get(0))).hasSizeGreaterThanOrEqualTo(12);
	}

	@Test
	void eachDirectiveLineCountsWhatItsGridCounts() {
		for (String reader : List.of("bandanvan", "binhduc", "longdinh")) {
			Actor actor = actor(reader);
			List<Directive> listed = directives.list(actor, null, null, null, null);
			assertThat(listed).as(reader).isNotEmpty();
			for (DirectiveService.Tally t : directives.tallies(actor, listed)) {
				DirectiveService.Grid grid = directives.grid(actor, t.directive().getId());
				assertThat(t.counts()).as(reader + " " + t.directive().getNumber()).isEqualTo(grid.counts());
				assertThat(t.total()).isEqualTo(grid.total());
			}
		}
		assertThat(directives.list(actor("bandanvan"), null, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), "quan triet"))
			.allSatisfy(d -> assertThat(d.getIssuedOn().getYear()).isEqualTo(2020));
		assertThat(directives.tallies(actor("bandanvan"), directives.list(actor("bandanvan"), null, null, null, null))
			.stream()
			.mapToInt(t -> t.counts().get(Dissemination.SILENT) + t.counts().get(Dissemination.LATE))
			.sum()).as("the seed's late communes").isPositive();
	}

	/** The list's rules read one inspection at a time, as the list did before it narrowed in the database. */
	private List<Long> expectedInspections(Actor actor, InspectionFilter f) {
		Set<Long> subtree = f.unit() == null ? null : scope.subtree(f.unit());
		LocalDate today = inspections.today();
		LocalDate first = f.window().first();
		LocalDate last = f.window().last();
		List<String> words = danvan.platform.text.Folding.words(f.q(), 4);
		return inspections.all()
			.stream()
			.filter(i -> inspections.reads(actor, i))
			.filter(i -> subtree == null || subtree.contains(i.getBodyUnitId())
					|| i.concernedUnitIds().stream().anyMatch(subtree::contains))
			.filter(i -> first == null || !i.getWorkFrom().isBefore(first))
			.filter(i -> last == null || !i.getWorkFrom().isAfter(last))
			.filter(i -> f.kind() == null || i.getKind() == f.kind())
			.filter(i -> f.form() == null || i.getForm() == f.form())
			.filter(i -> f.topic() == null || i.getTopics().contains(f.topic()))
			.filter(i -> f.status() == null || i.getStatus() == f.status())
			.filter(i -> words.stream().allMatch(w -> i.getTitleFolded().contains(w)))
			.filter(i -> !Boolean.TRUE.equals(f.planned()) || i.getPlanId() != null)
			.filter(i -> !Boolean.TRUE.equals(f.concluded()) || i.getStatus().concluded())
			.filter(i -> !Boolean.TRUE.equals(f.overdue())
					|| recommendations.ofInspections(List.of(i.getId())).stream().anyMatch(r -> r.isOverdue(today)))
			.sorted(Comparator.comparing(Inspection::getWorkFrom).thenComparing(Inspection::getId).reversed())
			.map(Inspection::getId)
			.toList();
	}

	private List<Recommendation> expectedRecommendations(Actor actor, RecommendationService.Filter f) {
		LocalDate today = inspections.today();
		Set<Long> subtree = f.unit() == null ? null : scope.subtree(f.unit());
		List<Inspection> readable = inspections.all().stream().filter(i -> inspections.reads(actor, i)).toList();
		return readable.stream()
			.flatMap(i -> recommendations.of(actor, i).stream())
			.filter(r -> subtree == null || subtree.contains(r.getAddresseeUnitId()))
			.filter(r -> f.status() == null || r.statusOn(today) == f.status())
			.filter(r -> !Boolean.TRUE.equals(f.escalated()) || r.getEscalatedOn() != null)
			.filter(r -> f.from() == null || !r.getIssuedOn().isBefore(f.from()))
			.filter(r -> f.to() == null || !r.getIssuedOn().isAfter(f.to()))
			.sorted(Comparator.comparing(Recommendation::getDue).thenComparing(Recommendation::getId))
			.collect(Collectors.toList());
	}

	private static InspectionFilter filter(Long unit, Integer year, InspectionKind kind, InspectionForm form, String topic,
			InspectionStatus status, Boolean overdue, String q, Boolean planned) {
		return new InspectionFilter(unit, year, kind, form, topic, status, overdue, q, null, null, planned, null);
	}

	private Long unit(String code) {
		return org.unitByCode(code).orElseThrow().id();
	}

	private Actor actor(String username) {
		return (Actor) users.loadUserByUsername(username);
	}

}
