package danvan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import danvan.DanvanApplication;

/** Production mode has no demo data and refuses to start without an administrator password. */
class RunModeStartupTests {

	@Test
	void productionWithoutAdminPasswordStopsWithAClearMessage() {
		assertThatThrownBy(() -> start("--danvan.admin-password="))
			.hasStackTraceContaining("DANVAN_ADMIN_PASSWORD")
			.hasStackTraceContaining("chưa có tài khoản quản trị");
	}

	@Test
	void productionCreatesOnlyTheAdministratorFromTheEnvironment() {
		try (ConfigurableApplicationContext context = start("--danvan.admin-password=Quantri2026")) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForList("select username from identity_account", String.class))
				.containsExactly("admin");
			assertThat(jdbc.queryForObject("select count(*) from org_unit", Integer.class)).isZero();
			assertThat(jdbc.queryForObject("select count(*) from org_unit_kind", Integer.class)).isPositive();
		}
	}

	private static ConfigurableApplicationContext start(String adminPassword) {
		String database = "jdbc:h2:mem:prod-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
		return new SpringApplicationBuilder(DanvanApplication.class).run("--spring.datasource.url=" + database,
				"--danvan.mode=production", "--server.port=0", "--spring.main.banner-mode=off",
				"--logging.level.root=warn", "--danvan.files.root=target/test-files", adminPassword);
	}

}
