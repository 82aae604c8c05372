package danvan.exemplar.registry;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import danvan.exemplar.ExemplarStatus;
import danvan.exemplar.review.AnnualReview;
import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.test.TestDatabase;

/**
 * Not a timed test: a script that prints the figures of a province's registry, 20,000 exemplars over 5 years, with
 * the machine's load. Run with {@code ./mvnw -q test -Dtest=ExemplarBenchmark -Ddanvan.benchmark=true}; the
 * figures also land in {@code target/exemplar-benchmark.txt}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestDatabase.class)
@Tag("benchmark")
@EnabledIfSystemProperty(named = "danvan.benchmark", matches = "true")
class ExemplarBenchmark {

	private static final int EXEMPLARS = 20_000;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ExemplarSearch search;

	@Autowired
	AnnualReview annual;

	@Autowired
	ExemplarSheets sheets;

	@Autowired
	OrgDirectory org;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	private final List<String> report = new ArrayList<>();

	@Test
	void aProvincesRegistryOfTwentyThousand() throws Exception {
		List<Long> units = jdbc.queryForList("select id from org_unit where code like 'KDV_%' or code like 'XA_%'"
				+ " or code like 'DUX_%' or code like 'MTTQX_%'", Long.class);
		String[] fields = { "ECONOMY", "CULTURE_SOCIETY", "DEFENCE_SECURITY", "POLITICAL_SYSTEM" };
		String[] kinds = { "MODEL", "MODEL", "MODEL", "INDIVIDUAL", "COLLECTIVE" };
		long seeded = time(() -> {
			long base = jdbc.queryForObject("select coalesce(max(id), 0) from exemplar_exemplar", Long.class) + 1;
			List<Object[]> rows = new ArrayList<>();
			List<Object[]> figures = new ArrayList<>();
			List<Object[]> steps = new ArrayList<>();
			List<Object[]> entries = new ArrayList<>();
			Timestamp now = Timestamp.from(Instant.now());
			for (int i = 0; i < EXEMPLARS; i++) {
				long id = base + i;
				LocalDate registered = LocalDate.of(2021 + i % 5, 1 + i % 12, 1 + i % 28);
				boolean recognised = i % 10 < 7;
				rows.add(new Object[] { id, "bench-" + id, kinds[i % kinds.length].equals("INDIVIDUAL") ? "COLLECTIVE" : kinds[i % kinds.length],
						"Mô hình thử tải số " + i, units.get(i % units.size()), fields[i % 4],
						recognised ? "RECOGNISED" : "IMPLEMENTING", "2020-2025", Date.valueOf(registered), Date.valueOf(registered),
						recognised ? "DISTRICT" : null, recognised ? Date.valueOf(registered.plusMonths(6)) : null, i % 9 == 0,
						"mo hinh thu tai so " + i, now, "bench" });
				figures.add(new Object[] { id, "PEOPLE", 100 + i % 900 });
				figures.add(new Object[] { id, "MONEY", 1_000_000L * (i % 500) });
				entries.add(new Object[] { id, "2020-2025", false });
				steps.add(new Object[] { id, "REGISTER", "REGISTERED", Date.valueOf(registered), now, "bench" });
				if (recognised) {
					steps.add(new Object[] { id, "RECOGNISE", "RECOGNISED", Date.valueOf(registered.plusMonths(6)), now, "bench" });
				}
			}
			jdbc.batchUpdate("insert into exemplar_exemplar (id, slug, kind, name, unit_id, field_code, status, stage_code,"
					+ " starts_on, registered_on, recognition_level, recognised_on, typical, search_text, created_at, created_by)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
			jdbc.batchUpdate("insert into exemplar_figure (exemplar_id, indicator_code, figure_value) values (?, ?, ?)", figures);
			jdbc.batchUpdate("insert into exemplar_stage_entry (exemplar_id, stage_code, sustained) values (?, ?, ?)", entries);
			jdbc.batchUpdate("insert into exemplar_step (exemplar_id, action, to_status, happened_on, recorded_at, actor)"
					+ " values (?, ?, ?, ?, ?, ?)", steps);
			return null;
		});
		note("seeded %d exemplars on %d units in %d ms", EXEMPLARS, units.size(), seeded);
		Actor board = (Actor) users.loadUserByUsername("bandanvan");
		Long province = org.unitByCode("TU_DONG_THAP").orElseThrow().id();
		ExemplarFilter filter = new ExemplarFilter("mo hinh", null, "ECONOMY", null, null, null, ExemplarStatus.RECOGNISED,
				null, "name");
		note("filtered list, first page of %d with count and totals (field, status, words; %d rows): p95 %d ms (target 150)",
				ExemplarSearch.SCREEN_PAGE_SIZE, search.count(board, filter), p95(20, () -> search.list(board, filter, 1)));
		note("filtered list, page 20 of the API (size 100): p95 %d ms", p95(20, () -> search.page(board, filter, 20, 100)));
		note("annual review of 2024 for the province: p95 %d ms (target 500)", p95(5, () -> annual.of(2024, province)));
		note("Excel export of %d exemplars (streamed, read in pages of %d): p95 %d ms (target 3000)",
				search.count(board, ExemplarFilter.none()), ExemplarSheets.EXPORT_PAGE,
				p95(3, () -> sheets.export(board, ExemplarFilter.none(), "Benchmark", Locale.forLanguageTag("vi"))));
		if (!Boolean.parseBoolean(System.getProperty("danvan.benchmark.showcase", "true"))) {
			note("showcase step skipped (-Ddanvan.benchmark.showcase=false)");
			return;
		}
		note("showcase first page /dan-van-kheo rendered (%d a page): p95 %d ms (served with Cache-Control public, max-age 60)",
				danvan.exemplar.showcase.Showcase.PAGE_SIZE,
				p95(10, () -> {
					try {
						return mvc.perform(get("/dan-van-kheo")).andReturn();
					}
					catch (Exception e) {
						throw new IllegalStateException(e);
					}
				}));
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "exemplar-benchmark.txt"), report);
	}

	private void note(String format, Object... args) {
		String line = String.format(format, args) + " — load " + load();
		System.out.println(line);
		report.add(line);
		try {
			Files.createDirectories(Path.of("target"));
			Files.write(Path.of("target", "exemplar-benchmark.txt"), report);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (Exception e) {
			return "unknown";
		}
	}

	private static long time(Supplier<?> work) {
		long start = System.nanoTime();
		work.get();
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static long p95(int runs, Supplier<?> work) {
		long[] millis = new long[runs];
		work.get();
		for (int i = 0; i < runs; i++) {
			millis[i] = time(work);
		}
		Arrays.sort(millis);
		return millis[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)];
	}

}
