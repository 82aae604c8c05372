package danvan.emulation;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import danvan.emulation.demo.DemoActor;
import danvan.emulation.demo.DemoScales;
import danvan.emulation.movement.Movement;
import danvan.emulation.movement.MovementDraft;
import danvan.emulation.movement.MovementKind;
import danvan.emulation.movement.MovementService;
import danvan.emulation.movement.TieBreak;
import danvan.emulation.results.ResultRevision;
import danvan.emulation.results.ResultRevisionRepository;
import danvan.emulation.results.ResultService;
import danvan.emulation.results.Standings;
import danvan.emulation.scale.ItemDraft;
import danvan.emulation.scale.ItemKind;
import danvan.emulation.scale.ScaleItem;
import danvan.emulation.scale.ScaleService;
import danvan.emulation.scale.ScoringScale;
import danvan.emulation.sheets.ScoreImport;
import danvan.emulation.sheets.ScoreImportService;
import danvan.org.OrgUnit;
import danvan.org.OrgUnitService;
import danvan.org.UnitDraft;
import danvan.test.TestDatabase;

/**
 * Not a timed test: a script that prints the figures of a province at national scale, 3,321 units × 120
 * criteria. Run with {@code ./mvnw -q test -Dtest=EmulationBenchmark -Ddanvan.benchmark=true}; the figures
 * also land in {@code target/emulation-benchmark.txt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabase.class)
@Tag("benchmark")
@EnabledIfSystemProperty(named = "danvan.benchmark", matches = "true")
class EmulationBenchmark {

	static final int UNITS = 3_321;

	static final int GROUPS = 12;

	static final int PER_GROUP = 10;

	@LocalServerPort
	int port;

	@Autowired
	OrgUnitService orgUnits;

	@Autowired
	ScaleService scales;

	@Autowired
	MovementService movements;

	@Autowired
	ScoreImportService imports;

	@Autowired
	ResultService results;

	@Autowired
	ResultRevisionRepository revisions;

	@Autowired
	EmulationFixture fixture;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	private final List<String> report = new ArrayList<>();

	@Test
	void provinceAtNationalScale() throws Exception {
		DemoActor admin = fixture.admin();
		long t0 = System.nanoTime();
		List<Long> units = createUnits(admin);
		ScoringScale scale = createScale(admin);
		Movement movement = tx.execute(s -> {
			Movement m = movements.create(admin, new MovementDraft("Thi đua toàn tỉnh (đo hiệu năng)", MovementKind.REGULAR,
					LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), fixture.unit("BDV_CHAU_THANH"), scale.getId(), null,
					LocalDate.of(2099, 1, 1), TieBreak.FIRST_GROUP_THEN_SUBMISSION));
			for (int c = 0; c < 30; c++) {
				movements.addParticipants(admin, m.getId(), units.subList(c * UNITS / 30, (c + 1) * UNITS / 30), "Cụm " + (c + 1));
			}
			movements.addReviewStep(admin, m.getId(), "Thẩm định", null, List.of());
			movements.advance(admin, m.getId(), m.getVersion());
			movements.advance(admin, m.getId(), m.getVersion());
			return m;
		});
		note("setup (units, scale, movement): %d ms", ms(t0));

		byte[] sheet = consolidatedSheet(scale, 11);
		note("consolidated sheet: %d rows × %d criteria columns, %.1f MB", UNITS, scale.scoredItems().size(),
				sheet.length / 1_048_576.0);
		long[] previewTimes = new long[3];
		ScoreImport preview = null;
		for (int i = 0; i < previewTimes.length; i++) {
			long t = System.nanoTime();
			preview = imports.preview(admin, movement.getId(), new MockMultipartFile("file", "tinh.xlsx", null, sheet));
			previewTimes[i] = ms(t);
		}
		note("import preview (read, match, check, total): %s ms — rows %d, errors %d, mismatches %d",
				Arrays.toString(previewTimes), preview.rows().size(), preview.errors().size(), preview.mismatches().size());
		String id = preview.id();
		Cost commit = Cost.start();
		imports.commit(admin, movement.getId(), id);
		note("import commit (all rows saved as self-assessments): %s", commit.end());

		Standings.Tally tally = new Standings.Tally(scale);
		List<Standings.Entry> entries = new ArrayList<>();
		Random random = new Random(7);
		List<ScaleItem> items = scale.scoredItems();
		for (int u = 0; u < UNITS; u++) {
			List<Standings.ItemPoints> points = new ArrayList<>(items.size());
			for (ScaleItem item : items) {
				points.add(new Standings.ItemPoints(item.getId(), BigDecimal.valueOf(random.nextInt(5) * 25, 2)));
			}
			entries.add(tally.entry((long) u, "Xã " + u, "Cụm " + (u % 30), points, null));
		}
		long[] pure = new long[5];
		for (int i = 0; i < pure.length; i++) {
			long s = System.nanoTime();
			List<Standings.Entry> fresh = new ArrayList<>(UNITS);
			for (Standings.Entry e : entries) {
				fresh.add(e);
			}
			Standings.rank(fresh, scale.getBonusCap(), TieBreak.FIRST_GROUP_THEN_SUBMISSION, scale::classify);
			pure[i] = ms(s);
		}
		long tallyStart = System.nanoTime();
		for (int u = 0; u < UNITS; u++) {
			List<Standings.ItemPoints> points = new ArrayList<>(items.size());
			for (ScaleItem item : items) {
				points.add(new Standings.ItemPoints(item.getId(), BigDecimal.ONE));
			}
			tally.entry((long) u, "Xã", "Cụm", points, null);
		}
		note("totals of %d × %d scores (bonus cap, penalties): %d ms", UNITS, items.size(), ms(tallyStart));
		note("ranking with ties, clusters, classification: %s ms", Arrays.toString(pure));
		long[] current = new long[3];
		for (int i = 0; i < current.length; i++) {
			long s = System.nanoTime();
			results.current(movement.getId());
			current[i] = ms(s);
		}
		note("current standings from the database (load %d scores, totals, ranks, classification): %s ms",
				UNITS * items.size(), Arrays.toString(current));

		tx.executeWithoutResult(s -> revisions.save(new ResultRevision(movement.getId(), 1, java.time.Instant.now(),
				"benchmark", null, results.current(movement.getId()).rows())));
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest get = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/thi-dua/" + movement.getId() + "/ket-qua")).build();
		for (int i = 0; i < 3; i++) {
			http.send(get, HttpResponse.BodyHandlers.ofByteArray());
		}
		note("public results page, %d rows, %s", UNITS, timed(http, get));
		note("the same page gzipped, %s", timed(http, HttpRequest.newBuilder(get.uri()).header("Accept-Encoding", "gzip").build()));

		reviewStageImport(admin, movement, scale);
		Files.write(Path.of("target", "emulation-benchmark.txt"), report);
	}

	/**
	 * The same sheet size at the review step, with other points (about four in five differ): each difference is
	 * an adjustment with its history row. Submitting 3,321 assessments one by one would take minutes, so the
	 * script moves them to the first step with one SQL update.
	 */
	private void reviewStageImport(DemoActor admin, Movement movement, ScoringScale scale) throws Exception {
		jdbc.update("update emulation_assessment set status = 'IN_REVIEW', current_step = 1, version = version + 1 "
				+ "where movement_id = ?", movement.getId());
		tx.executeWithoutResult(s -> movements.advance(admin, movement.getId(), movements.get(movement.getId()).getVersion()));
		ScoreImport preview = imports.preview(admin, movement.getId(),
				new MockMultipartFile("file", "tinh-tham-dinh.xlsx", null, consolidatedSheet(scale, 13)));
		Cost commit = Cost.start();
		imports.commit(admin, movement.getId(), preview.id());
		String took = commit.end();
		Long adjustments = jdbc.queryForObject("select count(*) from emulation_score_change c join emulation_assessment a "
				+ "on a.id = c.assessment_id where a.movement_id = ?", Long.class, movement.getId());
		note("import commit at the review step (%d adjustments, each with its history row): %s", adjustments, took);
	}

	private List<Long> createUnits(DemoActor admin) {
		Long kind = orgUnits.kinds().stream().filter(k -> k.getCode().equals("CAP_UY")).findFirst().orElseThrow().getId();
		Long level = orgUnits.levels().stream().filter(l -> l.getCode().equals("XA")).findFirst().orElseThrow().getId();
		Long district = fixture.unit("HU_CHAU_THANH");
		return tx.execute(s -> {
			List<Long> ids = new ArrayList<>();
			for (int i = 1; i <= UNITS; i++) {
				OrgUnit unit = orgUnits.create(admin, new UnitDraft("BENCH_" + i, "Đảng ủy xã Thử Nghiệm " + i, kind, level,
						district, null, null, null));
				ids.add(unit.getId());
			}
			return ids;
		});
	}

	private ScoringScale createScale(DemoActor admin) {
		return tx.execute(s -> {
			ScoringScale scale = scales.create(admin, "BENCH" + System.nanoTime() % 100_000, "Thang điểm 120 tiêu chí",
					fixture.unit("BDV_CHAU_THANH"), new BigDecimal("5"));
			for (int g = 1; g <= GROUPS; g++) {
				scales.addItem(admin, scale.getId(), scale.getVersion(), new ItemDraft(null, "G" + g, "Nhóm " + g,
						ItemKind.GROUP, BigDecimal.TEN, null, false));
				for (int c = 1; c <= PER_GROUP; c++) {
					scales.addItem(admin, scale.getId(), scale.getVersion(), new ItemDraft("G" + g, "G" + g + "." + c,
							"Tiêu chí " + g + "." + c, ItemKind.CRITERION, BigDecimal.ONE, null, false));
				}
			}
			scales.addItem(admin, scale.getId(), scale.getVersion(), new ItemDraft(null, "T.1", "Thưởng", ItemKind.BONUS, new BigDecimal("3"), null, false));
			scales.addItem(admin, scale.getId(), scale.getVersion(), new ItemDraft(null, "T.2", "Thưởng", ItemKind.BONUS, new BigDecimal("3"), null, false));
			scales.addItem(admin, scale.getId(), scale.getVersion(), new ItemDraft(null, "TR.1", "Trừ", ItemKind.PENALTY, new BigDecimal("2"), null, false));
			scales.settings(admin, scale.getId(), scale.getVersion(), new BigDecimal("5"), DemoScales.THRESHOLDS);
			scales.activate(admin, scale.getId(), scale.getVersion());
			return scale;
		});
	}

	private byte[] consolidatedSheet(ScoringScale scale, long seed) throws Exception {
		List<ScaleItem> items = scale.scoredItems();
		Random random = new Random(seed);
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Tổng hợp");
			sheet.createRow(0).createCell(0).setCellValue("BẢNG TỔNG HỢP ĐIỂM THI ĐUA TOÀN TỈNH");
			Row header = sheet.createRow(2);
			header.createCell(0).setCellValue("STT");
			header.createCell(1).setCellValue("Tên đơn vị");
			for (int i = 0; i < items.size(); i++) {
				header.createCell(2 + i).setCellValue(items.get(i).getCode());
			}
			header.createCell(2 + items.size()).setCellValue("Tổng điểm");
			for (int u = 0; u < UNITS; u++) {
				Row row = sheet.createRow(3 + u);
				row.createCell(0).setCellValue(u + 1);
				row.createCell(1).setCellValue("Xã Thử Nghiệm " + (u + 1));
				double total = 0;
				for (int i = 0; i < items.size(); i++) {
					double v = items.get(i).getKind() == ItemKind.PENALTY ? 0 : random.nextInt(5) * 0.25;
					row.createCell(2 + i).setCellValue(v);
					total += v;
				}
				row.createCell(2 + items.size()).setCellValue(total);
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	/** Ten requests: the size of the body as sent (and its encoding, if any), median and maximum time. */
	private static String timed(HttpClient http, HttpRequest request) throws Exception {
		long[] times = new long[10];
		HttpResponse<byte[]> response = null;
		for (int i = 0; i < times.length; i++) {
			long s = System.nanoTime();
			response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			times[i] = ms(s);
		}
		Arrays.sort(times);
		String encoding = response.headers().firstValue("Content-Encoding").map(e -> " " + e).orElse("");
		return String.format("%d KB%s: median %d ms, max %d ms", response.body().length / 1024, encoding,
				times[times.length / 2], times[times.length - 1]);
	}

	private void note(String format, Object... args) {
		String line = String.format(format, args);
		report.add(line);
		System.out.println("BENCHMARK " + line);
	}

	private static long ms(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

	/**
	 * Wall time with the CPU time of the measuring thread and the collectors' pause time beside it: on a shared
	 * machine the wall time moves with the other builds, the CPU time much less.
	 */
	private record Cost(long wall, long cpu, long gc) {

		static Cost start() {
			return new Cost(System.nanoTime(), ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(), gcMillis());
		}

		String end() {
			return String.format("%d ms (this thread's CPU %d ms, GC pauses %d ms)", ms(wall),
					(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000, gcMillis() - gc);
		}

		private static long gcMillis() {
			return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
		}

	}

}
