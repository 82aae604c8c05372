package danvan.exemplar.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import danvan.exemplar.register.Exemplar;
import danvan.exemplar.register.ExemplarRepository;
import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.test.DanvanSpringTest;

/**
 * The list pages, counts and totals in the database: pages that add up to the whole list, a commune officer who
 * never sees another commune's exemplar through a page, a count or a total, and page numbers that make no sense.
 * 130 fixture rows on xã Long Định (words "phan trang thu", registered in 2031) are removed after each test.
 */
@DanvanSpringTest
class ExemplarPagingTests {

	static final int FIXTURES = 130;

	static final String WORDS = "phan trang thu";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ExemplarSearch search;

	@Autowired
	ExemplarRepository repository;

	@Autowired
	OrgDirectory org;

	@Autowired
	JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void someExemplarsOnLongDinh() {
		Long longDinh = unit("DUX_LONG_DINH");
		long base = jdbc.queryForObject("select coalesce(max(id), 0) from exemplar_exemplar", Long.class) + 1000;
		List<Object[]> rows = new ArrayList<>();
		List<Object[]> figures = new ArrayList<>();
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < FIXTURES; i++) {
			long id = base + i;
			Date day = Date.valueOf(LocalDate.of(2031, 1, 1).plusDays(i));
			rows.add(new Object[] { id, "paging-" + id, "MODEL", "Phân trang thử " + i, longDinh,
					i % 2 == 0 ? "ECONOMY" : "CULTURE_SOCIETY", "REGISTERED", "2025-2030", day, day,
					WORDS + " " + i, now, "test" });
			figures.add(new Object[] { id, "PEOPLE", 10 });
		}
		jdbc.batchUpdate("insert into exemplar_exemplar (id, slug, kind, name, unit_id, field_code, status, stage_code,"
				+ " starts_on, registered_on, search_text, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows);
		jdbc.batchUpdate("insert into exemplar_figure (exemplar_id, indicator_code, figure_value) values (?, ?, ?)", figures);
	}

	@AfterEach
	void removeTheFixtures() {
		jdbc.update("delete from exemplar_figure where exemplar_id in (select id from exemplar_exemplar where slug like 'paging-%')");
		jdbc.update("delete from exemplar_exemplar where slug like 'paging-%'");
	}

	@Test
	void theApiPagesAddUpToTheWholeListWithItsCountInAHeader() throws Exception {
		Actor board = actor("bandanvan");
		long total = search.count(board, ExemplarFilter.none());
		Set<Long> everything = new HashSet<>();
		search.find(board, ExemplarFilter.none()).forEach(e -> everything.add(e.getId()));
		assertThat(everything).hasSize((int) total);

		List<Long> paged = new ArrayList<>();
		for (int page = 1; page <= total / 37 + 1; page++) {
			JsonNode rows = json.readTree(mvc.perform(get("/api/exemplars").param("page", "" + page).param("size", "37")
					.with(as("bandanvan")))
				.andExpect(status().isOk())
				.andExpect(header().string("X-Total-Count", "" + total))
				.andReturn().getResponse().getContentAsString());
			rows.forEach(r -> paged.add(r.get("id").asLong()));
		}
		assertThat(paged).doesNotHaveDuplicates().hasSize((int) total);
		assertThat(new HashSet<>(paged)).isEqualTo(everything);

		mvc.perform(get("/api/exemplars").param("page", "" + (total / 37 + 2)).param("size", "37").with(as("bandanvan")))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "" + total))
			.andExpect(jsonPath("$").isEmpty());
		mvc.perform(get("/api/exemplars").param("q", WORDS).with(as("bandanvan")))
			.andExpect(header().string("X-Total-Count", "" + FIXTURES))
			.andExpect(jsonPath("$.length()").value(FIXTURES));
	}

	@Test
	void aCommuneOfficerNeverSeesAnotherCommunesExemplarThroughPagesOrCounts() throws Exception {
		Long kimSon = unit("DUX_KIM_SON");
		Actor binhduc = actor("binhduc");
		Set<Long> readable = org.unitIdsWithin(kimSon);
		long expected = repository.findAll().stream().filter(e -> org.isWithin(e.getUnitId(), kimSon)).count();

		assertThat(search.count(binhduc, ExemplarFilter.none())).isEqualTo(expected);
		int pages = (int) (expected / 5 + 1);
		for (int page = 1; page <= pages + 1; page++) {
			assertThat(search.page(binhduc, ExemplarFilter.none(), page, 5).rows())
				.allSatisfy(e -> assertThat(readable).contains(e.getUnitId()));
		}
		ExemplarSearch.Listing listing = search.list(binhduc, ExemplarFilter.none(), 1);
		assertThat(listing.size()).isEqualTo(expected);
		assertThat(listing.byUnit().keySet()).allSatisfy(u -> assertThat(readable).contains(u));
		assertThat(listing.byField().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(expected);

		ExemplarFilter fixtures = new ExemplarFilter(WORDS, null, null, null, null, null, null, null, null);
		assertThat(search.count(binhduc, fixtures)).isZero();
		assertThat(search.list(binhduc, fixtures, 2).rows()).isEmpty();
		assertThat(search.list(binhduc, fixtures, 2).figureSums()).isEmpty();
		ExemplarFilter theirUnit = new ExemplarFilter(null, null, null, null, unit("DUX_LONG_DINH"), null, null, null, null);
		assertThat(search.list(binhduc, theirUnit, 1).size()).isZero();
		assertThat(search.list(actor("longdinh"), fixtures, 1).size()).isEqualTo(FIXTURES);
		assertThat(search.list(actor("longdinh"), fixtures, 1).figureSums()).containsEntry("PEOPLE",
				new java.math.BigDecimal("1300.00"));

		mvc.perform(get("/api/exemplars").param("q", WORDS).param("page", "2").param("size", "10").with(as("binhduc")))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Total-Count", "0"))
			.andExpect(jsonPath("$").isEmpty());
		mvc.perform(get("/exemplar/exemplars").param("q", WORDS).param("page", "2").with(as("binhduc")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Phân trang thử"))))
			.andExpect(content().string(containsString("0 mô hình, điển hình")));
	}

	@Test
	void theTotalsByFieldAndUnitAreTheListsOwnCountsMostFirstAndAddUpToItsSize() {
		for (String reader : List.of("bandanvan", "binhduc", "longdinh")) {
			Actor actor = actor(reader);
			List<Exemplar> all = search.find(actor, ExemplarFilter.none());
			ExemplarSearch.Listing listing = search.list(actor, ExemplarFilter.none(), 1);
			assertThat(listing.size()).as(reader).isEqualTo(all.size());
			assertThat(listing.byField()).as(reader)
				.isEqualTo(all.stream().collect(Collectors.groupingBy(Exemplar::getFieldCode, Collectors.counting())));
			assertThat(listing.byUnit()).as(reader)
				.isEqualTo(all.stream().collect(Collectors.groupingBy(Exemplar::getUnitId, Collectors.counting())));
			assertThat(new ArrayList<>(listing.byField().values())).as(reader).isSortedAccordingTo(Comparator.reverseOrder());
			assertThat(new ArrayList<>(listing.byUnit().values())).as(reader).isSortedAccordingTo(Comparator.reverseOrder());
		}
	}

	@Test
	void theScreenPagesByAHundredAndClampsAPageThatMakesNoSense() throws Exception {
		mvc.perform(get("/exemplar/exemplars").param("q", WORDS).param("sort", "name").with(as("longdinh")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trang 1/2")))
			.andExpect(content().string(containsString("Hiển thị mô hình thứ 1–100 trong tổng số 130.")))
			.andExpect(content().string(containsString("130 mô hình, điển hình")));
		mvc.perform(get("/exemplar/exemplars").param("q", WORDS).param("page", "2").with(as("longdinh")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trang 2/2")))
			.andExpect(content().string(containsString("101–130")));
		for (String nonsense : List.of("99999", "0", "-4", "abc", "99999999999999999999")) {
			mvc.perform(get("/exemplar/exemplars").param("q", WORDS).param("page", nonsense).with(as("longdinh")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(nonsense.equals("99999") ? "Trang 2/2" : "Trang 1/2")));
		}
		assertThat(search.list(actor("longdinh"), new ExemplarFilter(WORDS, null, null, null, null, null, null, null, null),
				Integer.MAX_VALUE).page().page()).isEqualTo(2);
	}

	@Test
	void theApiRefusesAPageOrSizeThatMakesNoSenseInVietnamese() throws Exception {
		for (String page : List.of("0", "-1")) {
			mvc.perform(get("/api/exemplars").param("page", page).with(as("bandanvan")))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Số trang phải là số nguyên từ 1 trở lên.")));
		}
		for (String size : List.of("0", "1001")) {
			mvc.perform(get("/api/exemplars").param("size", size).with(as("bandanvan")))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Số dòng mỗi trang phải từ 1 đến 1.000.")));
		}
		mvc.perform(get("/api/exemplars").param("page", "abc").with(as("bandanvan")))
			.andExpect(status().is4xxClientError());
		mvc.perform(get("/api/exemplars").param("size", "1000").with(as("bandanvan"))).andExpect(status().isOk());
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
