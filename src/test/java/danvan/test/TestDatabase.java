package danvan.test;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** On PostgreSQL, starts each test run from an empty schema: cleaned once per JVM, then migrated. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	private static final AtomicBoolean CLEANED = new AtomicBoolean();

	@Bean
	FlywayMigrationStrategy cleanOncePerRun() {
		return flyway -> {
			if (Boolean.getBoolean("danvan.test.clean") && CLEANED.compareAndSet(false, true)) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}

}
