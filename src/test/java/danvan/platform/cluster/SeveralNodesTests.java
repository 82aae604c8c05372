package danvan.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import danvan.portal.Article;
import danvan.portal.ArticleDraft;
import danvan.portal.ArticleService;
import danvan.portal.ArticleViews;
import danvan.portal.Category;
import danvan.portal.PortalNews;
import danvan.test.ServerClient;

/**
 * Two nodes sharing the test database and the machine's Redis (through a relay the test can cut): what a person
 * relies on when a balancer sends their requests to either node.
 */
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralNodesTests {

	private RedisProxy redis;

	private TwoNodes nodes;

	private ServerClient onA;

	private ServerClient onB;

	@BeforeAll
	void start() throws Exception {
		redis = new RedisProxy(TestRedis.require());
		nodes = new TwoNodes(redis.url());
		onA = new ServerClient(TwoNodes.port(nodes.a));
		onB = new ServerClient(TwoNodes.port(nodes.b));
	}

	@AfterAll
	void stop() throws Exception {
		if (nodes != null) {
			nodes.close();
		}
		if (redis != null) {
			redis.close();
		}
	}

	@Test
	@Order(1)
	void signedInOnOneNodeGoesOnOnTheOther() {
		ServerClient.SignedIn signedIn = onA.signIn("bandanvan", "Danvan@2026");
		assertThat(signedIn.answer().statusCode()).isEqualTo(302);
		assertThat(signedIn.session()).isNotNull().isNotEqualTo(signedIn.sessionBefore());

		HttpResponse<String> dashboard = onB.send(onB.request("/dashboard").header("Cookie", signedIn.cookie()).GET());
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.headers().firstValue("X-Danvan-Node")).hasValue("node-b");
		assertThat(onA.get("/login").headers().firstValue("X-Danvan-Node")).hasValue("node-a");

		// a form posted on A with the token of the page B served: the CSRF token lives in the shared session too
		String token = ServerClient.csrfToken(dashboard.body());
		HttpResponse<String> signOut = onA.send(onA.request("/logout").header("Accept", "text/html")
			.header("Cookie", signedIn.cookie())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token)));
		assertThat(signOut.statusCode()).as(signOut.headers().map().toString()).isEqualTo(302);
		assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
		HttpResponse<String> after = onB.send(onB.request("/dashboard").header("Cookie", signedIn.cookie()).GET());
		assertThat(after.statusCode()).isEqualTo(302);
	}

	@Test
	@Order(2)
	void anArticleChangedOnOneNodeIsFreshOnTheOtherWithinASecond() throws Exception {
		ArticleService editorsOnA = nodes.a.getBean(ArticleService.class);
		PortalNews readersOnB = nodes.b.getBean(PortalNews.class);
		String title = "Bài hai nút " + UUID.randomUUID().toString().substring(0, 8);
		Article article = asEditor(() -> {
			Article created = editorsOnA.create(draft(title));
			return editorsOnA.publish(created.getId(), created.getVersion());
		});
		assertThat(readersOnB.page(article.getSlug())).hasValueSatisfying(p -> assertThat(p.title()).isEqualTo(title));

		asEditor(() -> editorsOnA.update(article.getId(), article.getVersion(), draft(title + " (sửa)")));
		long start = System.nanoTime();
		while (!readersOnB.page(article.getSlug()).orElseThrow().title().endsWith("(sửa)")) {
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
			Thread.sleep(20);
		}
	}

	@Test
	@Order(3)
	void viewsCountedOnBothNodesAddUpExactly() {
		Long id = nodes.a.getBean(PortalNews.class).all().get(0).id();
		JdbcTemplate jdbc = nodes.a.getBean(JdbcTemplate.class);
		long before = jdbc.queryForObject("select views from portal_article where id = ?", Long.class, id);
		ArticleViews viewsA = nodes.a.getBean(ArticleViews.class);
		ArticleViews viewsB = nodes.b.getBean(ArticleViews.class);
		for (int i = 0; i < 400; i++) {
			(i % 3 == 0 ? viewsA : viewsB).record(id);
			if (i % 97 == 0) {
				viewsA.flush();
				viewsB.flush();
			}
		}
		viewsA.flush();
		viewsB.flush();
		viewsB.flush();
		assertThat(jdbc.queryForObject("select views from portal_article where id = ?", Long.class, id))
			.isEqualTo(before + 400);
	}

	@Test
	@Order(4)
	void aRateLimitHoldsAcrossNodes() {
		String client = "client-" + UUID.randomUUID();
		RateLimiter.Limit onNodeA = nodes.a.getBean(RateLimiter.class).limit("test.comment", 5, Duration.ofMinutes(10));
		RateLimiter.Limit onNodeB = nodes.b.getBean(RateLimiter.class).limit("test.comment", 5, Duration.ofMinutes(10));
		int allowed = 0;
		for (int i = 0; i < 10; i++) {
			if ((i % 2 == 0 ? onNodeA : onNodeB).tryAcquire(client)) {
				allowed++;
			}
		}
		assertThat(allowed).isEqualTo(5);
		assertThat(onNodeA.tryAcquire("another-" + client)).isTrue();
	}

	@Test
	@Order(5)
	void aScheduledJobRunsOnOneNodeOnly() throws Exception {
		String job = "test-" + UUID.randomUUID().toString().substring(0, 8);
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch together = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Boolean> a = pool.submit(() -> {
				together.await();
				return nodes.a.getBean(ClusterJobs.class).runOnce(job, runs::incrementAndGet);
			});
			Future<Boolean> b = pool.submit(() -> {
				together.await();
				return nodes.b.getBean(ClusterJobs.class).runOnce(job, runs::incrementAndGet);
			});
			together.countDown();
			assertThat(a.get() ^ b.get()).isTrue();
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(runs).hasValue(1);
		// the other node's cron firing a few seconds later does not run it again
		assertThat(nodes.b.getBean(ClusterJobs.class).runOnce(job, runs::incrementAndGet)).isFalse();
		assertThat(nodes.a.getBean(ClusterJobs.class).runOnce(job, runs::incrementAndGet)).isFalse();
		assertThat(runs).hasValue(1);
	}

	@Test
	@Order(6)
	void wrongPasswordsSentToBothNodesAtOnceAreAllCountedAndLockTheAccount() throws Exception {
		String username = "longdinh";
		JdbcTemplate jdbc = nodes.a.getBean(JdbcTemplate.class);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				ServerClient node = i % 2 == 0 ? onA : onB;
				answers.add(pool.submit(() -> node.signIn(username, "wrong-password").answer().statusCode()));
			}
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(302);
			}
			ServerClient.SignedIn right = onB.signIn(username, "Danvan@2026");
			assertThat(right.answer().headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
		}
		finally {
			pool.shutdownNow();
			jdbc.update("update identity_account set failed_attempts = 0, locked_until = null where username = ?", username);
		}
	}

	@Test
	@Order(7)
	void withRedisAwayPagesAndSignInAnswerAndTheSessionReadsAsExpired() throws Exception {
		ServerClient.SignedIn signedIn = onA.signIn("bandanvan", "Danvan@2026");
		assertThat(onB.send(onB.request("/dashboard").header("Cookie", signedIn.cookie()).GET()).statusCode())
			.isEqualTo(200);

		redis.down();
		try {
			HttpResponse<String> dashboard = onB.send(onB.request("/dashboard").header("Cookie", signedIn.cookie()).GET());
			assertThat(dashboard.statusCode()).isEqualTo(302);
			assertThat(dashboard.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
			HttpResponse<String> login = onB.send(onB.request("/login?expired").header("Cookie", signedIn.cookie()).GET());
			assertThat(login.statusCode()).isEqualTo(200);
			assertThat(login.body()).contains("Phiên đăng nhập đã hết hạn");
			assertThat(onA.get("/").statusCode()).isEqualTo(200);
			assertThat(onA.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
			// the sign-in form answers; its session could not be kept, so it says the session has expired
			ServerClient.SignedIn again = onA.signIn("bandanvan", "Danvan@2026");
			assertThat(again.answer().statusCode()).isEqualTo(302);
			assertThat(again.answer().headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).matches(".*/(dashboard|login\\?expired)$"));
			// the rate limit goes on, counted on the node
			assertThat(nodes.a.getBean(RateLimiter.class).tryAcquire("test.away", "x", 1, Duration.ofMinutes(1))).isTrue();
		}
		finally {
			redis.up();
		}

		long start = System.nanoTime();
		while (true) {
			ServerClient.SignedIn back = onA.signIn("bandanvan", "Danvan@2026");
			if (back.session() != null && onB.send(onB.request("/dashboard").header("Cookie", back.cookie()).GET())
				.statusCode() == 200) {
				break;
			}
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
			Thread.sleep(250);
		}
	}

	@Test
	@Order(8)
	void aStoppingNodeDrainsAndARestartedNodeLogsNobodyOut() throws Exception {
		ServerClient.SignedIn signedIn = onA.signIn("bandanvan", "Danvan@2026");
		ConfigurableApplicationContext restarted;
		Thread stopping = new Thread(nodes.b::close, "stopping-node-b");
		stopping.start();
		// while it drains (danvan.cluster.drain-delay) the balancer reads OUT_OF_SERVICE, and readers are still served
		long start = System.nanoTime();
		HttpResponse<String> readiness = onB.get("/actuator/health/readiness");
		while (readiness.statusCode() == 200) {
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
			Thread.sleep(50);
			readiness = onB.get("/actuator/health/readiness");
		}
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.body()).contains("OUT_OF_SERVICE");
		assertThat(onB.get("/login").statusCode()).isEqualTo(200);
		stopping.join();
		restarted = TwoNodes.start("node-b", redis.url());
		try {
			ServerClient onNewB = new ServerClient(TwoNodes.port(restarted));
			HttpResponse<String> dashboard = onNewB.send(onNewB.request("/dashboard").header("Cookie", signedIn.cookie()).GET());
			assertThat(dashboard.statusCode()).as("sign-in answered %s, dashboard %s", signedIn.answer().headers().map(),
					dashboard.headers().map()).isEqualTo(200);
		}
		finally {
			restarted.close();
		}
	}

	@Test
	@Order(9)
	void aNodeStartedWhileRedisIsAwayServesAndHearsTheOthersOnceRedisIsBack() throws Exception {
		ConfigurableApplicationContext late;
		redis.down();
		try {
			late = TwoNodes.start("node-c", redis.url());
		}
		finally {
			redis.up();
		}
		try {
			ServerClient onC = new ServerClient(TwoNodes.port(late));
			assertThat(onC.get("/").statusCode()).isEqualTo(200);

			ArticleService editorsOnA = nodes.a.getBean(ArticleService.class);
			PortalNews readersOnC = late.getBean(PortalNews.class);
			String title = "Bài nút muộn " + UUID.randomUUID().toString().substring(0, 8);
			Article article = asEditor(() -> {
				Article created = editorsOnA.create(draft(title));
				return editorsOnA.publish(created.getId(), created.getVersion());
			});
			assertThat(readersOnC.page(article.getSlug())).hasValueSatisfying(p -> assertThat(p.title()).isEqualTo(title));
			// C subscribes to the cache drops once Redis answers; until then an edit on A may not reach it
			long start = System.nanoTime();
			int edit = 0;
			while (!readersOnC.page(article.getSlug()).orElseThrow().title().equals(title + " (sửa " + edit + ")")) {
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
				Article current = asEditor(() -> editorsOnA.get(article.getId()));
				int next = ++edit;
				asEditor(() -> editorsOnA.update(current.getId(), current.getVersion(), draft(title + " (sửa " + next + ")")));
				Thread.sleep(500);
			}
		}
		finally {
			late.close();
		}
	}

	private static ArticleDraft draft(String title) {
		return new ArticleDraft(title, "Tóm tắt " + title, "<p>Nội dung " + title + "</p>", Category.TIN_HOAT_DONG,
				"Phóng viên", null);
	}

	private static <T> T asEditor(Supplier<T> work) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		TestingAuthenticationToken token = new TestingAuthenticationToken("bientap", "x", "ROLE_EDITOR");
		token.setAuthenticated(true);
		SecurityContextHolder.getContext().setAuthentication(token);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

}
