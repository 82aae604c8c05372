package danvan.platform.cluster;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import danvan.DanvanApplication;

/**
 * Two danvan nodes in one JVM, each with its own web server, caches and Lucene index, sharing one database (the
 * test database: H2 in memory by name, or PostgreSQL in the PostgreSQL run) and one Redis.
 */
final class TwoNodes implements AutoCloseable {

	final ConfigurableApplicationContext a;

	final ConfigurableApplicationContext b;

	TwoNodes(String redisUrl, String... extra) {
		this.a = start("node-a", redisUrl, extra);
		this.b = start("node-b", redisUrl, extra);
	}

	static ConfigurableApplicationContext start(String name, String redisUrl, String... extra) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--DANVAN_NODE_NAME=" + name,
				"--DANVAN_REDIS_URL=" + redisUrl, "--danvan.cluster.redis-check=200ms",
				"--spring.jmx.enabled=false", "--danvan.cluster.drain-delay=3s", "--danvan.portal.index-on-start=wait"));
		if (System.getProperty("DANVAN_TEST_DB_URL") == null) {
			args.add("--spring.datasource.url=jdbc:h2:mem:danvan_cluster;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
					+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
		args.addAll(List.of(extra));
		return new SpringApplicationBuilder(DanvanApplication.class).profiles("test").run(args.toArray(String[]::new));
	}

	static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	@Override
	public void close() {
		b.close();
		a.close();
	}

}
