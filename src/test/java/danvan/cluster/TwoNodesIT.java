package danvan.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import danvan.cluster.ClusterBrowser.Page;

/**
 * Two application nodes of the packaged jar on one PostgreSQL database and the machine's Redis, nginx in front
 * (round robin), started by {@code scripts/two-nodes.sh}; every check goes through the balancer and against each
 * node directly. Run by {@code ./mvnw verify} (failsafe, after the jar is packaged). Skipped when PostgreSQL,
 * Redis, nginx or socat are missing, unless {@code DANVAN_REQUIRE_CLUSTER} is set (CI), which makes it required.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

	static final String SLUG = "tong-ket-phong-trao-thi-dua-chao-mung-90-nam-ngay-truyen-thong-cong-tac-dan-van-15-10-1930-15-10-2020";

	static final String PASSWORD = "Danvan@2026";

	static final String LB = "http://127.0.0.1:" + env("BALANCER_PORT", "8190");

	static final String A = "http://127.0.0.1:" + env("NODE_A_PORT", "8191");

	static final String B = "http://127.0.0.1:" + env("NODE_B_PORT", "8192");

	static final Path ROOT = Paths.get("").toAbsolutePath();

	static final Path WORK = ROOT.resolve("target/two-nodes-it");

	/** CLUSTER_REUSE=1: use (and leave running) the nodes a previous `scripts/two-nodes.sh up` started, to iterate. */
	static final boolean REUSE = System.getenv("CLUSTER_REUSE") != null;

	static String database;

	static String pgHost;

	static String pgPort;

	static JdbcTemplate db;

	static LocalDateTime scheduledAt;

	static String scheduledSlug;

	@BeforeAll
	static void startTheCluster() throws Exception {
		String pg = System.getenv().getOrDefault("DANVAN_TEST_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/test");
		Matcher m = Pattern.compile("jdbc:postgresql://([^:/]+):?(\\d*)/(\\w+).*").matcher(pg);
		boolean required = System.getenv("DANVAN_REQUIRE_CLUSTER") != null;
		boolean pgOk = m.matches() && reachable(m.group(1), m.group(2).isEmpty() ? 5432 : Integer.parseInt(m.group(2)));
		String missing = !pgOk ? "PostgreSQL (" + pg + ")" : !reachable("127.0.0.1", 6379) ? "Redis on 127.0.0.1:6379"
				: !Files.isExecutable(Paths.get("/usr/sbin/nginx")) ? "nginx (/usr/sbin/nginx)"
						: !onPath("socat") ? "socat" : !onPath("psql") ? "psql" : jar() == null ? "target/danvan-*.jar" : null;
		if (missing != null) {
			if (required) {
				throw new IllegalStateException("The cluster test is required (DANVAN_REQUIRE_CLUSTER) but " + missing
						+ " is not available");
			}
			Assumptions.abort("Cluster test skipped: " + missing + " is not available");
		}
		database = m.group(3) + "_cluster";
		pgHost = m.group(1);
		pgPort = m.group(2).isEmpty() ? "5432" : m.group(2);
		if (REUSE) {
			script("redis-restore");
			script("start", "A");
			script("start", "B");
		}
		else {
			script("up");
		}
		db = new JdbcTemplate(new SingleConnectionDataSource("jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + database,
				"postgres", "", true));
		scheduleAnArticle();
	}

	@AfterAll
	static void stopTheCluster() throws Exception {
		if (database != null && !REUSE) {
			script("down");
		}
	}

	@Test
	@Order(1)
	void aSessionSurvivesSwitchingNodeAndRestartingTheOther() throws Exception {
		ClusterBrowser officer = new ClusterBrowser();
		assertThat(officer.signIn(A, "bandanvan", PASSWORD)).isTrue();
		assertThat(officer.get(A + "/emulation/movements").signedInPage()).isTrue();
		assertThat(officer.get(B + "/emulation/movements").signedInPage()).as("signed in on A, continued on B").isTrue();
		for (int i = 0; i < 4; i++) {
			assertThat(officer.get(LB + "/emulation/movements").signedInPage()).as("through the balancer").isTrue();
		}
		script("stop", "A");
		assertThat(officer.get(B + "/emulation/movements").signedInPage()).as("on B while A is down").isTrue();
		assertThat(officer.get(LB + "/emulation/movements").signedInPage()).as("balancer while A is down").isTrue();
		script("start", "A");
		assertThat(officer.get(A + "/emulation/movements").signedInPage()).as("on A after its restart").isTrue();
	}

	@Test
	@Order(2)
	void anArticlePublishedOnAIsServedFreshByBWithinASecondAndFoundBySearchOnB() throws Exception {
		ClusterBrowser editor = new ClusterBrowser();
		assertThat(editor.signIn(A, "bientap", PASSWORD)).isTrue();
		String word = "cumhai" + System.currentTimeMillis() % 100000;
		Article article = publish(editor, "Hai máy chủ cùng phục vụ cổng " + word, null);
		assertThat(B_page(article.slug()).status()).isEqualTo(200);
		assertThat(waitUntil(5000, () -> B_search(word).contains(article.slug()))).as("found by search on B").isTrue();

		// B has the page in its cache; the editor changes the title on A
		assertThat(B_page(article.slug()).body()).contains(word);
		Page form = editor.get(A + "/portal/articles/" + article.id());
		editor.post(A + "/portal/articles/" + article.id(), fields(form, "Cổng cập nhật từ máy A " + word, null, "save"));
		long changed = System.nanoTime();
		assertThat(waitUntil(1000, () -> B_page(article.slug()).body().contains("Cổng cập nhật từ máy A")))
			.as("B serves the new title within a second").isTrue();
		System.out.printf("B served the changed article after %d ms%n", (System.nanoTime() - changed) / 1_000_000);
	}

	@Test
	@Order(3)
	void fourHundredPageViewsSpreadOverBothNodesAddExactlyFourHundred() throws Exception {
		long before = settledViews();
		ClusterBrowser reader = new ClusterBrowser();
		List<CompletableFuture<Integer>> views = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			String base = i % 4 == 0 ? A : i % 4 == 1 ? B : LB;
			views.add(CompletableFuture.supplyAsync(() -> reader.get(base + "/tin-tuc/" + SLUG).status()));
		}
		assertThat(views.stream().map(CompletableFuture::join).filter(s -> s == 200).count()).isEqualTo(400);
		assertThat(waitUntil(20_000, () -> storedViews() == before + 400)).as("400 views stored").isTrue();
		Thread.sleep(6000); // another flush on each node: nothing counted twice
		assertThat(storedViews()).isEqualTo(before + 400);
	}

	@Test
	@Order(4)
	void theCommentRateLimitHoldsAcrossNodes() {
		ClusterBrowser reader = new ClusterBrowser();
		int accepted = 0;
		int refused = 0;
		for (int i = 0; i < 12; i++) {
			String base = i % 3 == 0 ? A : i % 3 == 1 ? B : A;
			Page answer = reader.postJson(base + "/api/portal/articles/" + SLUG + "/comments",
					"{\"name\":\"Bạn đọc\",\"email\":\"bandoc@example.vn\",\"content\":\"Ý kiến thứ " + i
							+ " gửi qua hai máy chủ về hội nghị tổng kết.\"}",
					Map.of("X-Forwarded-For", "10.17.0.9"));
			assertThat(answer.status()).isIn(202, 429);
			if (answer.status() == 202) {
				accepted++;
			}
			else {
				refused++;
			}
		}
		assertThat(accepted).as("comments accepted from one client over both nodes (limit 5)").isEqualTo(5);
		assertThat(refused).isEqualTo(7);
	}

	@Test
	@Order(5)
	void anImportPreviewedOnACommitsOnB() throws Exception {
		ClusterBrowser admin = new ClusterBrowser();
		assertThat(admin.signIn(A, "admin", PASSWORD)).isTrue();
		String code = "XA_CUM_" + System.currentTimeMillis() % 100000;
		String action = preview(admin, A, code);
		Page done = admin.post(B + action, Map.of());
		assertThat(done.status()).isEqualTo(302);
		assertThat(done.location()).endsWith("/org/units");
		assertThat(unitsCalled(code)).isEqualTo(2);
		assertThat(admin.post(A + action, Map.of()).status()).as("the same preview cannot be committed twice")
			.isEqualTo(404);
		assertThat(unitsCalled(code)).isEqualTo(2);
	}

	@Test
	@Order(6)
	void aScheduledPublicationHappensOnceAndEveryNodeShowsIt() throws Exception {
		long wait = java.time.Duration.between(LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")), scheduledAt).toMillis();
		if (wait > 0) {
			Thread.sleep(wait);
		}
		assertThat(waitUntil(3000, () -> new ClusterBrowser().get(A + "/tin-tuc/" + scheduledSlug).status() == 200
				&& new ClusterBrowser().get(B + "/tin-tuc/" + scheduledSlug).status() == 200)).isTrue();
		assertThat(new ClusterBrowser().get(B + "/").body()).contains(scheduledSlug);
		Long id = db.queryForObject("select id from portal_article where slug = ?", Long.class, scheduledSlug);
		assertThat(db.queryForObject("select count(*) from platform_audit_entry where entity_type = 'Article'"
				+ " and entity_id = ? and after_state like '%PUBLISHED%'", Long.class, String.valueOf(id)))
			.as("one publication in the audit trail").isEqualTo(1);
	}

	@Test
	@Order(7)
	void withRedisGoneNothingAnswers500SessionsExpireClearlyAndAllRecovers() throws Exception {
		ClusterBrowser officer = new ClusterBrowser();
		assertThat(officer.signIn(LB, "bandanvan", PASSWORD)).isTrue();
		script("redis-cut");
		try {
			for (String base : List.of(A, B, LB, LB)) {
				assertThat(new ClusterBrowser().get(base + "/tin-tuc/" + SLUG).status()).isEqualTo(200);
				assertThat(new ClusterBrowser().get(base + "/login").status()).isEqualTo(200);
				Page back = officer.get(base + "/emulation/movements");
				assertThat(back.status()).as("no 500 on " + base).isIn(200, 302);
				String shown = back.status() == 302 ? officer.get(absolute(base, back.location())).body() : back.body();
				assertThat(shown.toLowerCase()).contains("phiên đăng nhập đã hết hạn");
			}
		}
		finally {
			script("redis-restore");
		}
		// each node's Redis client reconnects on its own backoff: both must keep sessions again
		assertThat(waitUntil(45_000, () -> {
			ClusterBrowser again = new ClusterBrowser();
			return again.signIn(A, "bandanvan", PASSWORD) && again.get(B + "/emulation/movements").signedInPage()
					&& again.get(A + "/emulation/movements").signedInPage();
		})).as("sessions shared again").isTrue();
	}

	/**
	 * The commit on B is held inside its transaction (the test locks the audit table its last insert needs) after
	 * it has written the units; B is killed with kill -9; nothing of the import remains, the preview is still there,
	 * and A commits it.
	 */
	@Test
	@Order(8)
	void aNodeKilledInTheMiddleOfACommitLeavesAllOrNothing() throws Exception {
		ClusterBrowser admin = new ClusterBrowser();
		assertThat(admin.signIn(A, "admin", PASSWORD)).isTrue();
		String code = "XA_KILL_" + System.currentTimeMillis() % 100000;
		String action = preview(admin, A, code);
		String token = action.substring(action.lastIndexOf('/') + 1);
		Page onB = admin.get(B + "/org/units/import"); // B's own CSRF-bearing page, same session
		assertThat(onB.status()).isEqualTo(200);
		try (Connection holder = DriverManager.getConnection(
				"jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + database, "postgres", "")) {
			holder.setAutoCommit(false);
			try (Statement s = holder.createStatement()) {
				s.execute("lock table platform_audit_entry in share row exclusive mode");
			}
			CompletableFuture<Page> commit = CompletableFuture.supplyAsync(() -> admin.post(B + action, Map.of()));
			assertThat(waitUntil(20_000, () -> db.queryForObject("select count(*) from pg_stat_activity where datname = ?"
					+ " and wait_event_type = 'Lock' and query ilike 'insert into platform_audit_entry%'", Long.class,
					database) > 0)).as("B's commit waits on the audit table").isTrue();
			Long written = db.queryForObject("select count(*) from pg_locks l join pg_stat_activity a on a.pid = l.pid"
					+ " where a.datname = ? and l.relation = 'org_unit'::regclass and l.mode = 'RowExclusiveLock'",
					Long.class, database);
			assertThat(written).as("B had already inserted units in its transaction").isPositive();
			script("kill", "B");
			assertThat(commit.join().status()).as("the browser lost its answer").isEqualTo(-1);
			holder.rollback();
		}
		assertThat(waitUntil(10_000, () -> db.queryForObject("select count(*) from pg_stat_activity where datname = ?"
				+ " and query ilike 'insert into platform_audit_entry%' and state <> 'idle'", Long.class, database) == 0))
			.isTrue();
		assertThat(unitsCalled(code)).as("nothing of the killed commit").isZero();
		assertThat(db.queryForObject("select count(*) from platform_work_draft where token = ?", Long.class, token))
			.as("the preview survived the kill").isEqualTo(1);
		admin.get(A + "/org/units/import");
		Page done = admin.post(A + action, Map.of());
		assertThat(done.status()).isEqualTo(302);
		assertThat(unitsCalled(code)).isEqualTo(2);
	}

	// --- helpers ---

	record Article(long id, String slug) {
	}

	private static void scheduleAnArticle() throws Exception {
		ClusterBrowser editor = new ClusterBrowser();
		if (!editor.signIn(A, "bientap", PASSWORD)) {
			throw new IllegalStateException("bientap could not sign in on A");
		}
		scheduledAt = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusMinutes(2).truncatedTo(ChronoUnit.MINUTES);
		scheduledSlug = publish(editor, "Bài hẹn giờ trên hai máy chủ " + System.currentTimeMillis() % 100000,
				scheduledAt).slug();
		if (new ClusterBrowser().get(B + "/tin-tuc/" + scheduledSlug).status() != 404) {
			throw new IllegalStateException("a scheduled article is visible before its time");
		}
	}

	private static Article publish(ClusterBrowser editor, String title, LocalDateTime at) {
		Page blank = editor.get(A + "/portal/articles/new");
		Page created = editor.post(A + "/portal/articles/new", fields(blank, title, at, null));
		if (created.status() != 302) {
			throw new IllegalStateException("article not created: " + created.status());
		}
		long id = Long.parseLong(created.location().replaceAll(".*/portal/articles/(\\d+).*", "$1"));
		Page form = editor.get(A + "/portal/articles/" + id);
		Page published = editor.post(A + "/portal/articles/" + id, fields(form, title, at, "publish"));
		if (published.status() != 302) {
			throw new IllegalStateException("article not published: " + published.status());
		}
		return new Article(id, db.queryForObject("select slug from portal_article where id = ?", String.class, id));
	}

	private static Map<String, String> fields(Page form, String title, LocalDateTime at, String action) {
		Map<String, String> fields = new java.util.HashMap<>();
		Matcher version = Pattern.compile("name=\"version\"[^>]*value=\"(\\d+)\"").matcher(form.body());
		fields.put("version", version.find() ? version.group(1) : "0");
		fields.put("title", title);
		fields.put("lead", "Tin thử nghiệm khi cổng chạy trên hai máy chủ sau bộ cân bằng tải.");
		fields.put("body", "<p>Nội dung bài viết thử nghiệm: " + title + ".</p>");
		fields.put("category", "TIN_HOAT_DONG");
		fields.put("authorName", "Ban biên tập");
		if (at != null) {
			fields.put("publishedAt", at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
		}
		if (action != null) {
			fields.put("action", action);
		}
		return fields;
	}

	/** Uploads a list of two units on {@code base}; returns the commit action of the clean preview. */
	private static String preview(ClusterBrowser admin, String base, String code) throws IOException {
		admin.get(base + "/org/units/import");
		Page preview = admin.upload(base + "/org/units/import", "file", "don-vi.xlsx",
				sheet(new String[] { code + "_KDV", "Khối Dân vận " + code, "KHOI_DAN_VAN", "Cấp xã", code },
						new String[] { code, "Đảng ủy " + code, "Cấp ủy Đảng", "XA", "TU_DONG_THAP" }));
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.body()).contains("Không có lỗi: 2 đơn vị sẽ được thêm");
		return preview.body().replaceAll("(?s).*action=\"(/org/units/import/[0-9a-f-]{36})\".*", "$1");
	}

	private static byte[] sheet(String[]... rows) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("Đơn vị");
			sheet.createRow(0).createCell(0).setCellValue("Mã đơn vị");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	private static long unitsCalled(String code) {
		return db.queryForObject("select count(*) from org_unit where upper(code) in (?, ?)", Long.class, code,
				code + "_KDV");
	}

	/** The stored count once the earlier tests' views, still in the nodes' buffers, have been written. */
	private static long settledViews() throws InterruptedException {
		long seen = storedViews();
		while (true) {
			Thread.sleep(6000); // longer than a flush interval of both nodes
			long now = storedViews();
			if (now == seen) {
				return now;
			}
			seen = now;
		}
	}

	private static long storedViews() {
		return db.queryForObject("select views from portal_article where slug = ?", Long.class, SLUG);
	}

	private static Page B_page(String slug) {
		return new ClusterBrowser().get(B + "/tin-tuc/" + slug);
	}

	private static String B_search(String word) {
		return new ClusterBrowser().get(B + "/tim-kiem?q=" + word).body();
	}

	private static String absolute(String base, String location) {
		return location.startsWith("http") ? location : base + location;
	}

	private static boolean waitUntil(long millis, BooleanSupplier condition) throws InterruptedException {
		long end = System.currentTimeMillis() + millis;
		do {
			try {
				if (condition.getAsBoolean()) {
					return true;
				}
			}
			catch (RuntimeException e) {
				// not yet
			}
			Thread.sleep(50);
		}
		while (System.currentTimeMillis() < end);
		return condition.getAsBoolean();
	}

	/** Runs scripts/two-nodes.sh with the test's layout (its work folder, database, PostgreSQL address). */
	private static void script(String... command) throws IOException, InterruptedException {
		List<String> args = new ArrayList<>(List.of("bash", ROOT.resolve("scripts/two-nodes.sh").toString()));
		args.addAll(List.of(command));
		Files.createDirectories(WORK);
		ProcessBuilder builder = new ProcessBuilder(args).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(WORK.resolve("script.log").toFile()));
		Map<String, String> vars = builder.environment();
		vars.put("WORK", WORK.toString());
		vars.put("CLUSTER_DB", database);
		vars.put("PG_HOST", pgHost);
		vars.put("PG_PORT", pgPort);
		vars.putIfAbsent("NODE_JAVA_OPTS", "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
		int rc = builder.start().waitFor();
		if (rc != 0) {
			throw new IllegalStateException("scripts/two-nodes.sh " + String.join(" ", command) + " ended with " + rc
					+ "; see " + WORK.resolve("script.log") + " and the node logs next to it");
		}
	}

	private static boolean reachable(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new java.net.InetSocketAddress(host, port), 1000);
			return true;
		}
		catch (IOException e) {
			return false;
		}
	}

	private static boolean onPath(String tool) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
			if (Files.isExecutable(Paths.get(dir, tool))) {
				return true;
			}
		}
		return false;
	}

	private static Path jar() throws IOException {
		try (var files = Files.list(ROOT.resolve("target"))) {
			return files.filter(p -> p.getFileName().toString().matches("danvan-.*\\.jar")).findFirst().orElse(null);
		}
		catch (IOException e) {
			return null;
		}
	}

	private static String env(String name, String fallback) {
		return System.getenv().getOrDefault(name, fallback);
	}


}
