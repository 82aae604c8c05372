package danvan.exemplar.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import danvan.org.OrgDirectory;
import danvan.platform.calendar.Deadline;
import danvan.platform.security.Actor;
import danvan.test.DanvanSpringTest;

/** Evaluation due dates on the calendar: open exemplars only, within the reader's grants, within the period. */
@DanvanSpringTest
class ExemplarDeadlinesTests {

	@Autowired
	ExemplarDeadlines deadlines;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrgDirectory org;

	@Autowired
	UserDetailsService users;

	@AfterEach
	void removeTheFixtures() {
		jdbc.update("delete from exemplar_exemplar where slug like 'deadline-%'");
	}

	@Test
	void anOpenExemplarsEvaluationIsDueOnTheCalendarOfItsUnitsReadersOnly() {
		long base = jdbc.queryForObject("select coalesce(max(id), 0) from exemplar_exemplar", Long.class) + 5000;
		Long longDinh = org.unitByCode("DUX_LONG_DINH").orElseThrow().id();
		Long kimSon = org.unitByCode("DUX_KIM_SON").orElseThrow().id();
		insert(base, "Hạn đánh giá Long Định", longDinh, "IMPLEMENTING", LocalDate.of(2032, 3, 10));
		insert(base + 1, "Hạn đánh giá Kim Sơn", kimSon, "REGISTERED", LocalDate.of(2032, 3, 12));
		insert(base + 2, "Đã công nhận Long Định", longDinh, "RECOGNISED", LocalDate.of(2032, 3, 14));
		insert(base + 3, "Ngoài kỳ Long Định", longDinh, "REGISTERED", LocalDate.of(2032, 5, 1));
		LocalDate from = LocalDate.of(2032, 3, 1);
		LocalDate to = LocalDate.of(2032, 3, 31);

		List<Deadline> lan = deadlines.deadlines(actor("longdinh"), from, to);
		assertThat(lan).extracting(Deadline::title).containsExactly("Hạn đánh giá Long Định");
		assertThat(lan.get(0).due()).isEqualTo(LocalDate.of(2032, 3, 10));
		assertThat(lan.get(0).link()).isEqualTo("/exemplar/exemplars/" + base);
		assertThat(lan.get(0).labelKey()).isEqualTo(ExemplarDeadlines.EVALUATION);
		assertThat(deadlines.deadlines(actor("binhduc"), from, to)).extracting(Deadline::title)
			.containsExactly("Hạn đánh giá Kim Sơn");
		assertThat(deadlines.deadlines(actor("bandanvan"), from, to)).extracting(Deadline::title)
			.containsExactly("Hạn đánh giá Long Định", "Hạn đánh giá Kim Sơn");
	}

	private void insert(long id, String name, Long unit, String status, LocalDate due) {
		Date day = Date.valueOf(LocalDate.of(2031, 1, 1));
		jdbc.update("insert into exemplar_exemplar (id, slug, kind, name, unit_id, field_code, status, stage_code,"
				+ " starts_on, registered_on, evaluation_due, search_text, created_at, created_by)"
				+ " values (?, ?, 'MODEL', ?, ?, 'ECONOMY', ?, '2025-2030', ?, ?, ?, ?, ?, 'test')", id, "deadline-" + id, name,
				unit, status, day, day, Date.valueOf(due), name.toLowerCase(), Timestamp.from(Instant.now()));
	}

	private Actor actor(String username) {
		return (Actor) users.loadUserByUsername(username);
	}

}
