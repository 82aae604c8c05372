package danvan.oversight;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import danvan.org.OrgDirectory;
import danvan.oversight.directive.DirectiveService;
import danvan.oversight.inspection.InspectionFilter;
import danvan.oversight.inspection.InspectionForm;
import danvan.oversight.inspection.InspectionService;
import danvan.oversight.inspection.RecommendationService;
import danvan.oversight.inspection.RecommendationStatus;
import danvan.platform.figures.FigureQuery;
import danvan.platform.security.Actor;
import danvan.test.TestDatabase;

/**
 * Not a timed test: a script that prints the figures of a province over five years — 5,000 inspections, 60,000
 * recommendations, 300 directives to 3,321 units each. Run with
 * {@code ./mvnw -q test -Dtest=OversightBenchmark -Ddanvan.benchmark=true}; the figures also land in
 * {@code target/oversight-benchmark.txt}, each with the machine's load.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestDatabase.class)
@Tag("benchmark")
@EnabledIfSystemProperty(named = "danvan.benchmark", matches = "true")
class OversightBenchmark {

	static final int INSPECTIONS = 5_000;

	static final int PER_INSPECTION = 12;

	static final int DIRECTIVES = 300;

	static final int UNITS = 3_321;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecommendationService recommendations;

	@Autowired
	DirectiveService directives;

	@Autowired
	OversightFigures figures;

	@Autowired
	InspectionService inspections;

	@Autowired
	OrgDirectory org;

	@Autowired
	UserDetailsService users;

	private final List<String> report = new ArrayList<>();

	@Test
	void aProvinceOverFiveYears() throws Exception {
		Long province = org.unitByCode("TU_DONG_THAP").orElseThrow().id();
		Long board = org.unitByCode("BTGDV_DONG_THAP").orElseThrow().id();
		List<Long> units = jdbc.queryForList("select id from org_unit order by id", Long.class);
		Random random = new Random(14);
		long t0 = System.nanoTime();
		List<Object[]> rows = new ArrayList<>();
		long firstInspection = jdbc.queryForObject("select coalesce(max(id), 0) from oversight_inspection", Long.class) + 1;
		for (int i = 0; i < INSPECTIONS; i++) {
			LocalDate work = LocalDate.of(2021 + i % 5, 1 + i % 12, 1 + i % 28);
			rows.add(new Object[] { firstInspection + i, "INSPECTION", i % 4 == 0 ? "SURPRISE" : "SCHEDULED",
				"Kiểm tra đo hiệu năng " + i, "kiem tra do hieu nang " + i, board, Date.valueOf(work), "FOLLOW_UP",
				Timestamp.from(Instant.now()), "benchmark" });
		}
		jdbc.batchUpdate("insert into oversight_inspection (id, kind, form, title, title_folded, body_unit_id, work_from, status,"
				+ " created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		rows.clear();
		for (int i = 0; i < INSPECTIONS; i++) {
			rows.add(new Object[] { firstInspection + i, units.get(random.nextInt(units.size())) });
		}
		jdbc.batchUpdate("insert into oversight_inspected_unit (inspection_id, unit_id) values (?, ?)", rows);
		rows.clear();
		for (int i = 0; i < INSPECTIONS * PER_INSPECTION; i++) {
			LocalDate issued = LocalDate.of(2021 + i % 5, 1 + i % 12, 1 + i % 28);
			String status = List.of("NOT_STARTED", "IN_PROGRESS", "REPORTED_DONE", "ACCEPTED").get(i % 4);
			rows.add(new Object[] { firstInspection + i / PER_INSPECTION, "Kiến nghị " + i,
				units.get(random.nextInt(units.size())), Date.valueOf(issued), Date.valueOf(issued.plusDays(30)), status });
			if (rows.size() == 5_000) {
				insertRecommendations(rows);
			}
		}
		insertRecommendations(rows);
		long firstDirective = jdbc.queryForObject("select coalesce(max(id), 0) from oversight_directive", Long.class) + 1;
		for (int d = 0; d < DIRECTIVES; d++) {
			LocalDate issued = LocalDate.of(2021 + d % 5, 1 + d % 12, 1);
			rows.add(new Object[] { firstDirective + d, d + "-KH/TU", "Tỉnh ủy", "PROVINCE", Date.valueOf(issued),
				"Văn bản đo hiệu năng " + d, "van ban do hieu nang " + d, board, Date.valueOf(issued.plusDays(30)),
				"benchmark" });
		}
		jdbc.batchUpdate("insert into oversight_directive (id, number, issuer, issuer_level, issued_on, summary, summary_folded,"
				+ " owner_unit_id, disseminate_by, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
		rows.clear();
		for (int d = 0; d < DIRECTIVES; d++) {
			LocalDate issued = LocalDate.of(2021 + d % 5, 1 + d % 12, 1);
			for (int u = 0; u < UNITS; u++) {
				// units beyond the demo tree stand for the province's other communes: ids that no unit has
				long unit = u < units.size() ? units.get(u) : 10_000_000L + u;
				rows.add(new Object[] { firstDirective + d, unit, u % 5 == 0 ? null : Date.valueOf(issued.plusDays(u % 40)) });
			}
			jdbc.batchUpdate("insert into oversight_directive_unit (directive_id, unit_id, disseminated_on) values (?, ?, ?)", rows);
			rows.clear();
		}
		print("loaded %,d inspections, %,d recommendations, %,d directive rows in %,d ms", INSPECTIONS,
				INSPECTIONS * PER_INSPECTION, DIRECTIVES * UNITS, (System.nanoTime() - t0) / 1_000_000);

		long[] overdue = new long[20];
		for (int n = 0; n < overdue.length; n++) {
			Long unit = units.get(random.nextInt(units.size()));
			overdue[n] = time(() -> recommendations.overdueWithin(unit).size());
		}
		Arrays.sort(overdue);
		print("overdue recommendations of a unit subtree: p50 %d ms, p95 %d ms (target p95 ≤ 200 ms)", overdue[9], overdue[18]);
		Actor admin = (Actor) users.loadUserByUsername("admin");
		long grid = time(() -> directives.grid(admin, firstDirective).rows().size());
		grid = Math.min(grid, time(() -> directives.grid(admin, firstDirective + 1).rows().size()));
		print("a directive's status grid for %,d units: %d ms (target ≤ 300 ms)", UNITS, grid);
		long year = time(() -> figures.figures(new FigureQuery(province, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))).size());
		print("figures of the province for a year: %d ms (target ≤ 1,000 ms)", year);
		Actor provinceBoard = (Actor) users.loadUserByUsername("bandanvan");
		long[] list = repeat(() -> inspections.page(provinceBoard, InspectionFilter.none(), PageRequest.of(0, 50)).getNumberOfElements());
		print("inspection list, first page of %,d for the province's board: p50 %d ms, p95 %d ms", INSPECTIONS, list[9], list[18]);
		InspectionFilter searched = new InspectionFilter(null, 2023, null, InspectionForm.SURPRISE, null, null, true,
				"hieu nang", null, null, null, null);
		long[] filtered = repeat(() -> inspections.page(provinceBoard, searched, PageRequest.of(0, 50)).getNumberOfElements());
		print("inspection list filtered (year, form, overdue, two words): p50 %d ms, p95 %d ms", filtered[9], filtered[18]);
		long[] overdueList = repeat(() -> recommendations.page(provinceBoard, new RecommendationService.Filter(null,
				RecommendationStatus.OVERDUE, null, null, null), PageRequest.of(0, 100)).page().getNumberOfElements());
		print("recommendation list, overdue, first page of 100 with the rate: p50 %d ms, p95 %d ms", overdueList[9], overdueList[18]);
		long[] directiveList = repeat(() -> directives.tallies(provinceBoard,
				directives.page(provinceBoard, null, null, null, null, PageRequest.of(0, 25)).getContent()).size());
		print("directive list, first page of 25 with each line's counts over %,d units: p50 %d ms, p95 %d ms", UNITS,
				directiveList[9], directiveList[18]);
		Files.write(Path.of("target", "oversight-benchmark.txt"), report);
	}

	private void insertRecommendations(List<Object[]> rows) {
		jdbc.batchUpdate("insert into oversight_recommendation (inspection_id, text, addressee_unit_id, issued_on, due, status)"
				+ " values (?, ?, ?, ?, ?, ?)", rows);
		rows.clear();
	}

	/** Twenty runs, sorted: [9] is the median, [18] the 95th percentile. */
	private static long[] repeat(Supplier<Integer> work) {
		long[] runs = new long[20];
		for (int n = 0; n < runs.length; n++) {
			runs[n] = time(work);
		}
		Arrays.sort(runs);
		return runs;
	}

	private static long time(Supplier<Integer> work) {
		long t = System.nanoTime();
		work.get();
		return (System.nanoTime() - t) / 1_000_000;
	}

	private void print(String format, Object... args) {
		String line = String.format(format, args) + " [load " + String.format("%.2f",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + "]";
		System.out.println(line);
		report.add(line);
	}

}
