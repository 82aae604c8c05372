package danvan.portal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import danvan.test.TestDatabase;

/**
 * Not a timed test: a script that builds a province portal of 100,000 articles ({@link SearchCorpus}), mass-indexes
 * it into a Lucene directory on disk and prints the search figures through HTTP: req/s and p50/p90/p95/p99 for one
 * and eight clients, first pages (kept per index generation) and second pages (always searched), the article page
 * while eight clients search, the mass-indexing time, the index size and the heap. Run by
 * {@code scripts/bench-search.sh}; the figures also land in {@code target/search-benchmark.txt}. On H2 (a file
 * database under target/) unless DANVAN_TEST_POSTGRES is given.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabase.class)
@Tag("benchmark")
@EnabledIfSystemProperty(named = "danvan.benchmark", matches = "true")
class SearchBenchmark {

	static final Path DIR = Path.of("target/search-benchmark");

	/** {@code -Ddanvan.search.engine=postgresql} (SEARCH=postgresql for the script): PostgreSQL's full-text search. */
	static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("danvan.search.engine"));

	/** The eight queries, then rare words, misspellings without accents and two-word phrases. */
	static final String[] QUERIES = { "dan van kheo", "to chuc hoi nghi", "tong ket phong trao", "xay dung nong thon moi",
			"quy che dan chu", "doi thoai voi nhan dan", "chuyen doi so", "an sinh xa hoi",
			"cong ngan man", "tu sach phap luat", "may gat dap", "cho phien",
			"dan van kheu", "nong thon moii", "hoi nhgi", "phong chong thien tia",
			"\"hoa giai\"", "\"giam ngheo\"", "\"khuyen hoc\"", "\"tiep xuc cu tri\"" };

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@DynamicPropertySource
	static void onDisk(DynamicPropertyRegistry registry) throws IOException {
		if (System.getProperty("DANVAN_TEST_DB_URL") == null) {
			deleteTree(DIR.resolve("db"));
			registry.add("spring.datasource.url", () -> "jdbc:h2:file:./" + DIR.resolve("db/danvan")
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		}
		deleteTree(DIR.resolve("index"));
		registry.add("spring.jpa.properties.hibernate.search.backend.directory.type", () -> "local-filesystem");
		registry.add("spring.jpa.properties.hibernate.search.backend.directory.root", () -> DIR.resolve("index").toString());
	}

	@Test
	void printFigures() throws Exception {
		int articles = Integer.getInteger("danvan.benchmark.articles", 100_000);
		int seconds = Integer.getInteger("danvan.benchmark.seconds", 10);
		List<String> out = new ArrayList<>();
		out.add("Search benchmark, " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
				+ System.getProperty("java.version") + ", database"
				+ (System.getProperty("DANVAN_TEST_DB_URL") == null ? " (H2 file)" : " (" + System.getProperty("DANVAN_TEST_DB_URL") + ")"));

		long t0 = System.nanoTime();
		boolean keep = Boolean.getBoolean("danvan.benchmark.keep")
				&& jdbc.queryForObject("select count(*) from portal_article where slug like 'bench-%'", Long.class) >= articles;
		if (!keep) {
			new SearchCorpus(20261202L).insert(jdbc, articles, Instant.now());
		}
		long inserted = keep ? 0 : (System.nanoTime() - t0) / 1_000_000;
		long total = jdbc.queryForObject("select count(*) from portal_article", Long.class);
		out.add(String.format(Locale.ROOT, "Corpus: %,d generated articles %s (%,d in all with the demo ones), load %s",
				articles, keep ? "kept from the previous run (KEEP=1)" : String.format(Locale.ROOT, "inserted in %,d ms", inserted), total, load()));

		t0 = System.nanoTime();
		if (POSTGRESQL) {
			// PostgreSQL fills the search columns and their GIN indexes as rows are inserted; VACUUM merges the GIN
			// pending lists and ANALYZE gives the planner the new figures, as autovacuum would after such a load
			jdbc.execute("vacuum analyze portal_article");
			long indexing = (System.nanoTime() - t0) / 1_000_000;
			Long columns = jdbc.queryForObject("select sum(pg_column_size(search_all) + pg_column_size(search_head)"
					+ " + pg_column_size(search_folded)) from portal_article", Long.class);
			Long indexes = jdbc.queryForObject("select sum(pg_relation_size(indexname::regclass)) from pg_indexes"
					+ " where tablename = 'portal_article' and indexname in ('portal_article_search_all', 'portal_article_search_title',"
					+ " 'portal_article_search_trgm', 'portal_article_updated', 'portal_article_published')", Long.class);
			out.add(String.format(Locale.ROOT, "Engine: PostgreSQL full-text search. Indexing during the insert, then VACUUM ANALYZE: %,d ms;"
					+ " search columns %,d KB, their indexes %,d KB; load %s", indexing, columns / 1024, indexes / 1024, load()));
		}
		else {
			Search.mapping(entityManagerFactory).scope(Article.class).massIndexer().threadsToLoadObjects(1).startAndWait();
			long indexing = (System.nanoTime() - t0) / 1_000_000;
			out.add(String.format(Locale.ROOT, "Engine: Lucene. Mass indexing: %,d ms; index size %,d KB; load %s", indexing,
					size(DIR.resolve("index")) / 1024, load()));
		}
		System.gc();
		out.add(String.format(Locale.ROOT, "Heap used after GC: %,d MB (max %,d MB)",
				ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024),
				Runtime.getRuntime().maxMemory() / (1024 * 1024)));

		HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
		String seedRank = rankOfSeed(client);
		out.add("Relevance: the seed article for \"tong ket phong trao thi dua 90 nam\": " + seedRank);
		for (String q : QUERIES) {
			String html = get(client, search(q, 1)).body();
			out.add(String.format(Locale.ROOT, "  %-26s %s", q, countLine(html)));
		}

		run(client, 1, 3, 1); // warm-up
		out.add("");
		out.add("| load (1/5/15) | clients | pages | searches | req/s | p50 ms | p90 ms | p95 ms | p99 ms | errors |");
		out.add("|---|---|---|---|---|---|---|---|---|---|");
		for (int clients : new int[] { 1, 8 }) {
			for (int page : new int[] { 1, 2 }) {
				String l = load();
				Figures f = run(client, clients, seconds * (clients == 1 ? 1 : 2), page);
				out.add(String.format(Locale.ROOT, "| %s | %d | %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %d |", l, clients,
						page == 1 ? "first (kept)" : "second (searched)", f.count, f.perSecond, f.p(50), f.p(90), f.p(95), f.p(99), f.errors));
			}
		}
		String l = load();
		Figures alone = run(client, 1, seconds, 0);
		Figures during = runArticleDuringSearch(client, seconds * 2);
		out.add("");
		out.add(String.format(Locale.ROOT, "Seed article page alone (1 client): p50 %.1f ms, p99 %.1f ms; load %s", alone.p(50), alone.p(99), l));
		out.add(String.format(Locale.ROOT, "Seed article page while 8 clients search second pages: p50 %.1f ms, p99 %.1f ms (target p99 <= 25 ms), %d errors; load %s",
				during.p(50), during.p(99), during.errors, load()));

		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/search-benchmark.txt"), out);
		out.forEach(System.out::println);
	}

	private Figures runArticleDuringSearch(HttpClient client, int seconds) throws Exception {
		AtomicBoolean stop = new AtomicBoolean();
		ExecutorService searchers = Executors.newFixedThreadPool(8);
		List<Future<?>> running = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			int offset = i;
			running.add(searchers.submit(() -> {
				int n = offset;
				while (!stop.get()) {
					try {
						get(client, search(QUERIES[n++ % QUERIES.length], 2));
					}
					catch (Exception e) {
						// counted by the other runs; here only the article page's figures matter
					}
				}
				return null;
			}));
		}
		try {
			return run(client, 1, seconds, 0);
		}
		finally {
			stop.set(true);
			for (Future<?> f : running) {
				f.get();
			}
			searchers.shutdown();
		}
	}

	/** Clients that each send requests one after the other for {@code seconds}; page 0 = the seed article. */
	private Figures run(HttpClient client, int clients, int seconds, int page) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Future<long[]>> results = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int offset = c * 3;
			results.add(pool.submit(() -> {
				long[] times = new long[1 << 20];
				int n = 0;
				int errors = 0;
				while (System.nanoTime() < end && n < times.length - 1) {
					URI uri = page == 0 ? URI.create("http://127.0.0.1:" + port + "/tin-tuc/" + PortalFixtures.SEED_SLUG)
							: search(QUERIES[(offset + n) % QUERIES.length], page);
					long start = System.nanoTime();
					try {
						if (get(client, uri).statusCode() != 200) {
							errors++;
						}
					}
					catch (IOException e) {
						errors++;
					}
					times[n++] = System.nanoTime() - start;
				}
				long[] kept = Arrays.copyOf(times, n + 1);
				kept[n] = -errors;
				return kept;
			}));
		}
		List<Long> all = new ArrayList<>();
		int errors = 0;
		for (Future<long[]> f : results) {
			long[] times = f.get();
			for (int i = 0; i < times.length - 1; i++) {
				all.add(times[i]);
			}
			errors -= (int) times[times.length - 1];
		}
		pool.shutdown();
		long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
		return new Figures(sorted, sorted.length / (double) seconds, sorted.length, errors);
	}

	private String rankOfSeed(HttpClient client) throws Exception {
		String html = get(client, search("tong ket phong trao thi dua 90 nam", 1)).body();
		int seed = html.indexOf("/tin-tuc/" + PortalFixtures.SEED_SLUG);
		if (seed < 0) {
			return "NOT on the first page";
		}
		int before = html.substring(0, seed).split("class=\"pt-result\"", -1).length - 1;
		return before == 1 ? "first" : "number " + before + " on the first page";
	}

	private static String countLine(String html) {
		int at = html.indexOf("role=\"status\"");
		if (at < 0) {
			return "?";
		}
		int from = html.indexOf('>', at) + 1;
		return org.springframework.web.util.HtmlUtils.htmlUnescape(html.substring(from, html.indexOf('<', from)).strip());
	}

	private URI search(String q, int page) {
		return URI.create("http://127.0.0.1:" + port + "/tim-kiem?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
				+ (page > 1 ? "&page=" + page : ""));
	}

	private static HttpResponse<String> get(HttpClient client, URI uri) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String load() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException e) {
			return "?";
		}
	}

	private static long size(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	record Figures(long[] sortedNanos, double perSecond, int count, int errors) {

		double p(int percentile) {
			if (sortedNanos.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(percentile / 100.0 * sortedNanos.length) - 1);
			return sortedNanos[Math.max(0, index)] / 1e6;
		}

	}

}
