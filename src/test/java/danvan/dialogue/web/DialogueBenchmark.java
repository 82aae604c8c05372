package danvan.dialogue.web;

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
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import danvan.dialogue.figures.DialogueFigures;
import danvan.dialogue.petition.PetitionFilter;
import danvan.dialogue.petition.PetitionService;
import danvan.dialogue.register.ReceptionRegister;
import danvan.org.OrgDirectory;
import danvan.platform.figures.FigureQuery;
import danvan.platform.security.Actor;
import danvan.test.TestDatabase;
import danvan.dialogue.register.RegisterSheet;

/**
 * Not a timed test: a script that prints the speed figures for a province over five years (200,000
 * petitions): the overdue list per agency (p95), the figures of a quarter for the whole province, and one year's
 * register exported to Excel. Run with {@code ./mvnw -q test -Dtest=DialogueBenchmark -Ddanvan.benchmark=true};
 * the figures also land in {@code target/dialogue-benchmark.txt}, each with the machine's load.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestDatabase.class)
@Tag("benchmark")
@EnabledIfSystemProperty(named = "danvan.benchmark", matches = "true")
class DialogueBenchmark {

	static final int PETITIONS = 200_000;

	static final String[] COMMUNES = { "TAN_HUONG", "CHAU_THANH", "LONG_HUNG", "LONG_DINH", "BINH_TRUNG", "VINH_KIM",
			"KIM_SON" };

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrgDirectory org;

	@Autowired
	PetitionService petitions;

	@Autowired
	DialogueFigures figures;

	@Autowired
	ReceptionRegister register;

	@Autowired
	RegisterSheet sheet;

	@Autowired
	UserDetailsService users;

	private final List<String> report = new ArrayList<>();

	@Test
	void aProvinceOverFiveYears() throws Exception {
		List<Long> receiving = new ArrayList<>();
		List<Long> agencies = new ArrayList<>();
		receiving.add(unit("TU_DONG_THAP"));
		for (String c : COMMUNES) {
			receiving.add(unit("DUX_" + c));
			receiving.add(unit("MTTQX_" + c));
			agencies.add(unit("UBNDX_" + c));
		}
		long t0 = System.nanoTime();
		insert(receiving, agencies);
		note("setup: %,d petitions inserted in %d ms", PETITIONS, ms(t0));

		Actor board = (Actor) users.loadUserByUsername("bandanvan");
		long[] overdue = new long[40];
		int rows = 0;
		for (int i = 0; i < overdue.length; i++) {
			long t = System.nanoTime();
			rows = petitions.list(board, new PetitionFilter(null, true, agencies.get(i % agencies.size()), null)).size();
			overdue[i] = ms(t);
		}
		Arrays.sort(overdue);
		note("overdue list per agency (%d runs, %d rows shown on the last): median %d ms, p95 %d ms, max %d ms"
				+ " (target p95 <= 200 ms)", overdue.length, rows, overdue[overdue.length / 2],
				overdue[(int) (overdue.length * 0.95) - 1], overdue[overdue.length - 1]);

		long[] quarter = new long[5];
		for (int i = 0; i < quarter.length; i++) {
			long t = System.nanoTime();
			figures.figures(new FigureQuery(unit("TU_DONG_THAP"), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)));
			quarter[i] = ms(t);
		}
		Arrays.sort(quarter);
		note("figures, one quarter, whole province: median %d ms, max %d ms (target <= 1 s)", quarter[quarter.length / 2],
				quarter[quarter.length - 1]);

		long t = System.nanoTime();
		List<ReceptionRegister.Row> year = register.rows(board, unit("TU_DONG_THAP"), LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 12, 31));
		long read = ms(t);
		byte[] xlsx = sheet.write("Tỉnh ủy Đồng Tháp", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), year,
				Locale.forLanguageTag("vi"));
		note("register, one year, whole province: %,d rows, read %d ms, total with Excel %d ms, %.1f MB (target <= 5 s)",
				year.size(), read, ms(t), xlsx.length / 1_048_576.0);
		// the first sheet a JVM writes pays for loading and compiling the writer; a running server has done that
		long[] warm = new long[3];
		for (int i = 0; i < warm.length; i++) {
			long w = System.nanoTime();
			sheet.write("Tỉnh ủy Đồng Tháp", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), year,
					Locale.forLanguageTag("vi"));
			warm[i] = ms(w);
		}
		note("register Excel writing again, warm (3 runs): %s ms", Arrays.toString(warm));
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "dialogue-benchmark.txt"), report);
	}

	private void insert(List<Long> receiving, List<Long> agencies) {
		Random random = new Random(42);
		String sql = """
				insert into dialogue_petition (tracking_code, tracking_secret, unit_id, source, kind, field, content, people,
				  petitioner_name, received_on, status, reply_due, forwarded_to_unit_id, answer, answered_on, created_at,
				  created_by, version)
				values (?, 'BENCH1', ?, 'LETTER', ?, 'Giao thông', ?, 1, 'Người kiến nghị', ?, ?, ?, ?, ?, ?, ?, 'bench', 0)""";
		String[] kinds = { "PETITION", "FEEDBACK", "COMPLAINT", "DENUNCIATION" };
		LocalDate start = LocalDate.of(2021, 1, 1);
		int batch = 5_000;
		for (int from = 0; from < PETITIONS; from += batch) {
			List<Object[]> args = new ArrayList<>(batch);
			for (int i = from; i < from + batch; i++) {
				LocalDate received = start.plusDays(random.nextInt(365 * 5 + 330));
				boolean forwarded = random.nextInt(10) < 6;
				boolean answered = random.nextInt(10) < 7;
				String status = answered ? "ANSWERED" : forwarded ? "FORWARDED" : "RECEIVED";
				args.add(new Object[] { "KNB-" + i, receiving.get(random.nextInt(receiving.size())),
						kinds[random.nextInt(kinds.length)], "Nội dung kiến nghị số " + i, Date.valueOf(received), status,
						Date.valueOf(received.plusDays(14)),
						forwarded ? agencies.get(random.nextInt(agencies.size())) : null,
						answered ? "Đã trả lời" : null, answered ? Date.valueOf(received.plusDays(10)) : null,
						Timestamp.from(Instant.now()) });
			}
			jdbc.batchUpdate(sql, args);
		}
	}

	private Long unit(String code) {
		return org.unitByCode(code).orElseThrow().id();
	}

	private void note(String format, Object... args) {
		String line = String.format(format, args) + " — load: " + load();
		report.add(line);
		System.out.println("BENCHMARK " + line);
	}

	private static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (Exception e) {
			return "unknown";
		}
	}

	private static long ms(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

}
