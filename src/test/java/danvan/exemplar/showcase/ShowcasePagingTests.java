package danvan.exemplar.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import danvan.org.OrgDirectory;
import danvan.test.DanvanSpringTest;

/**
 * The public showcase in pages of plain links: walking them shows every recognised exemplar once, the links keep
 * the filters, and a page number that is malformed or past the end is told on the page, never a 500. 60 recognised
 * fixture rows on xã Long Định are removed after each test.
 */
@DanvanSpringTest
class ShowcasePagingTests {

	static final int FIXTURES = 60;

	private static final Pattern CARD = Pattern.compile("href=\"/dan-van-kheo/([a-z0-9-]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgDirectory org;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void recognisedExemplarsOnLongDinh() {
		Long longDinh = org.unitByCode("DUX_LONG_DINH").orElseThrow().id();
		long base = jdbc.queryForObject("select coalesce(max(id), 0) from exemplar_exemplar", Long.class) + 1000;
		List<Object[]> rows = new ArrayList<>();
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < FIXTURES; i++) {
			Date day = Date.valueOf(LocalDate.of(2021, 1, 1).plusDays(i));
			rows.add(new Object[] { base + i, "trung-bay-thu-" + i, "MODEL", "Trưng bày thử " + i, longDinh,
					i % 2 == 0 ? "ECONOMY" : "CULTURE_SOCIETY", "RECOGNISED", "2020-2025", day, day, "COMMUNE", day,
					"trung bay thu " + i, now, "test" });
		}
		jdbc.batchUpdate("insert into exemplar_exemplar (id, slug, kind, name, unit_id, field_code, status, stage_code,"
				+ " starts_on, registered_on, recognition_level, recognised_on, search_text, created_at, created_by)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
	}

	@AfterEach
	void removeTheFixtures() {
		jdbc.update("delete from exemplar_exemplar where slug like 'trung-bay-thu-%'");
	}

	@Test
	void walkingThePageLinksShowsEveryRecognisedExemplarOnce() throws Exception {
		int recognised = jdbc.queryForObject("select count(*) from exemplar_exemplar where status = 'RECOGNISED'",
				Integer.class);
		int pages = (recognised + Showcase.PAGE_SIZE - 1) / Showcase.PAGE_SIZE;
		assertThat(pages).isGreaterThan(2);
		Set<String> seen = new LinkedHashSet<>();
		for (int page = 1; page <= pages; page++) {
			String html = page("/dan-van-kheo?page=" + page);
			List<String> slugs = slugs(html);
			assertThat(slugs).hasSizeLessThanOrEqualTo(Showcase.PAGE_SIZE);
			slugs.forEach(slug -> assertThat(seen.add(slug)).as("%s on two pages", slug).isTrue());
			if (page < pages) {
				assertThat(html).contains("href=\"/dan-van-kheo?page=" + (page + 1) + "\" rel=\"next\"");
			}
			if (page > 1) {
				assertThat(html).contains("href=\"/dan-van-kheo?page=" + (page - 1) + "\" rel=\"prev\"");
			}
		}
		assertThat(seen).hasSize(recognised).contains("trung-bay-thu-0", "trung-bay-thu-59");
		assertThat(page("/dan-van-kheo?page=" + pages)).doesNotContain("rel=\"next\"")
			.contains("trang " + pages + "/" + pages);
	}

	@Test
	void thePageLinksKeepTheFilters() throws Exception {
		assertThat(page("/dan-van-kheo?field=ECONOMY")).contains("href=\"/dan-van-kheo?field=ECONOMY&amp;page=2\" rel=\"next\"");
		String html = page("/dan-van-kheo?field=ECONOMY&page=2");
		assertThat(html).contains("href=\"/dan-van-kheo?field=ECONOMY&amp;page=1\" rel=\"prev\"");
		assertThat(slugs(html)).allSatisfy(slug -> assertThat(jdbc.queryForObject(
				"select field_code from exemplar_exemplar where slug = ?", String.class, slug)).isEqualTo("ECONOMY"));
	}

	@Test
	void theUnitFilterOffersTheUnitsWithARecognisedExemplarAndShowsOnlyTheirs() throws Exception {
		Long longDinh = org.unitByCode("DUX_LONG_DINH").orElseThrow().id();
		Long binhDuc = org.unitByCode("XA_BINH_DUC").orElseThrow().id();
		String all = page("/dan-van-kheo");
		assertThat(all).contains("name=\"unit\"").contains("<option value=\"" + longDinh + "\">Đảng ủy xã Long Định</option>")
			.contains("<option value=\"" + binhDuc + "\">Đảng ủy xã Bình Đức (đã kết thúc từ 01/07/2025)</option>");
		Long noneRecognised = org.unitByCode("TU_DONG_THAP").orElseThrow().id();
		assertThat(all).doesNotContain("<option value=\"" + noneRecognised + "\">");
		String html = page("/dan-van-kheo?unit=" + binhDuc);
		assertThat(html).contains("<option value=\"" + binhDuc + "\" selected=\"selected\">");
		assertThat(slugs(html)).isNotEmpty().allSatisfy(slug -> assertThat(org.isWithin(jdbc.queryForObject(
				"select unit_id from exemplar_exemplar where slug = ?", Long.class, slug), binhDuc)).isTrue());
		assertThat(page("/dan-van-kheo?unit=" + longDinh)).contains("href=\"/dan-van-kheo?unit=" + longDinh + "&amp;page=2\" rel=\"next\"");
	}

	@Test
	void aMalformedPageNumberIsToldAndTheFirstPageShown() throws Exception {
		List<String> first = slugs(page("/dan-van-kheo"));
		for (String bad : List.of("abc", "-1", "0", "1.5", "99999999999")) {
			String html = mvc.perform(get("/dan-van-kheo").param("page", bad))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Số trang “" + bad + "” không hợp lệ")))
				.andExpect(content().string(containsString("noindex")))
				.andReturn().getResponse().getContentAsString();
			assertThat(slugs(html)).as("page=%s", bad).isEqualTo(first);
		}
		mvc.perform(get("/dan-van-kheo").param("page", "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
		mvc.perform(get("/dan-van-kheo")).andExpect(content().string(not(containsString("không hợp lệ"))));
	}

	@Test
	void aPagePastTheEndIsToldAndTheLastPageShown() throws Exception {
		int recognised = jdbc.queryForObject("select count(*) from exemplar_exemplar where status = 'RECOGNISED'",
				Integer.class);
		int pages = (recognised + Showcase.PAGE_SIZE - 1) / Showcase.PAGE_SIZE;
		String html = mvc.perform(get("/dan-van-kheo").param("page", "999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không có trang 999999: danh sách chỉ có " + pages + " trang")))
			.andReturn().getResponse().getContentAsString();
		assertThat(slugs(html)).isEqualTo(slugs(page("/dan-van-kheo?page=" + pages)));
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static List<String> slugs(String html) {
		List<String> slugs = new ArrayList<>();
		Matcher m = CARD.matcher(html);
		while (m.find()) {
			slugs.add(m.group(1));
		}
		return slugs;
	}

}
