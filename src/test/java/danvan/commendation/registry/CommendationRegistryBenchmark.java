package danvan.commendation.registry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import danvan.platform.security.Actor;
import danvan.platform.text.Folding;
import danvan.test.TestDatabase;

/**
 * A province's registry (issue 11): 500,000 awards of 20,000 officials and the demo's units, then the registry
 * search (target p95 ≤ 100 ms), an official's award history and the statistics. Prints its figures (and writes
 * them to {@code target/commendation-benchmark.txt}); not a timing test, skipped unless
 * {@code -Ddanvan.benchmark=true}.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestDatabase.class)
@Tag("benchmark")
@EnabledIfSystemProperty(named = "danvan.benchmark", matches = "true")
class CommendationRegistryBenchmark {

	private static final int AWARDS = 500_000;

	private static final int OFFICIALS = 20_000;

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Võ", "Đặng",
			"Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý" };

	private static final String[] MIDDLE = { "Văn", "Thị", "Minh", "Hữu", "Thanh", "Ngọc", "Quốc", "Kim" };

	private static final String[] GIVEN = { "An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Hùng", "Lan", "Long",
			"Mai", "Nam", "Nga", "Phúc", "Quang", "Sơn", "Tâm", "Thắng", "Thảo", "Trang", "Tuấn", "Vy", "Yến" };

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RegistryService registry;

	@Autowired
	CommendationStatistics statistics;

	@Autowired
	UserDetailsService users;

	private final List<String> report = new ArrayList<>();

	@Test
	void aProvincesRegistryOfHalfAMillionAwards() throws Exception {
		List<Long> units = jdbc.queryForList("select id from org_unit", Long.class);
		List<Long[]> awards = jdbc.query("select id, recipient_kind from commendation_award_type",
				(rs, i) -> new Long[] { rs.getLong(1), "INDIVIDUAL".equals(rs.getString(2)) ? 1L : 0L });
		List<String> awardNames = jdbc.queryForList("select name from commendation_award_type order by id", String.class);
		long seeded = time(() -> {
			List<Object[]> batch = new ArrayList<>();
			for (int i = 0; i < AWARDS; i++) {
				int person = i % OFFICIALS;
				Long[] award = awards.get(i % awards.size());
				boolean individual = award[1] == 1L;
				String name = individual ? FAMILY[person % FAMILY.length] + " " + MIDDLE[person / 15 % MIDDLE.length] + " "
						+ GIVEN[person / 120 % GIVEN.length] + " " + (person / 2640 + 1) : "Tập thể thử tải " + (i % 3000);
				LocalDate on = LocalDate.of(2000 + i % 26, 1 + i % 12, 1 + i % 28);
				String number = (i % 400 + 1) + "-QĐ/BT" + (i % 50);
				batch.add(new Object[] { award[0], individual ? "INDIVIDUAL" : "COLLECTIVE",
						individual ? 50_000_000L + person : null, units.get(i % units.size()), name,
						Folding.fold(name + " " + awardNames.get((int) (i % awards.size())) + " " + number), number,
						Date.valueOf(on), 447_000L, "GRANTED" });
				if (batch.size() == 5_000) {
					insert(batch);
					batch.clear();
				}
			}
			insert(batch);
			return null;
		});
		note("seeded %d awards of %d officials on %d units in %d ms", AWARDS, OFFICIALS, units.size(), seeded);
		Actor board = (Actor) users.loadUserByUsername("bandanvan");
		for (String q : List.of("nguyen van an", "tran thi", "thang 7", "12-qđ/bt3", "khong co ai ten nay")) {
			int[] found = new int[1];
			long p95 = p95(20, () -> found[0] = registry.search(q).size());
			note("registry search \"%s\" (%d rows shown): p95 %d ms (target 100)", q, found[0], p95);
		}
		note("latest page (no words): p95 %d ms", p95(20, () -> registry.search("")));
		note("an official's history (25 awards): p95 %d ms", p95(20, () -> registry.ofOfficial(50_000_123L)));
		note("statistics 2000–2025 over every unit: p95 %d ms", p95(5, () -> statistics.of(board, 2000, 2025, null)));
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "commendation-benchmark.txt"), report);
	}

	private void insert(List<Object[]> batch) {
		jdbc.batchUpdate("insert into commendation_commendation (award_type_id, recipient_kind, official_id, unit_id,"
				+ " recipient_name, search_text, decision_number, awarded_on, amount, status, historic)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)", batch);
	}

	private void note(String format, Object... args) {
		String line = String.format(format, args) + " — load " + load();
		System.out.println(line);
		report.add(line);
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
