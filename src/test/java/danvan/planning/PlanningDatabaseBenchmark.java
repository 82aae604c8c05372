package danvan.planning;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import danvan.planning.calendar.CalendarService;
import danvan.planning.plan.PlanBoard;
import danvan.platform.security.Actor;
import danvan.test.DanvanSpringTest;

/**
 * Not a timed test: prints how long the database reads behind the board (whole tree, one quarter) and one person's
 * calendar month take on a term programme of 200 targets split to every leaf unit of the demo tree, with
 * progress over {@code -Ddanvan.benchmark.quarters} quarters (default 4) and {@code -Ddanvan.benchmark.meetings}
 * bloc meetings per unit and quarter (default 3), each inviting the parent unit. The rows are written with JDBC
 * batches, so the data set is built in seconds. Run with
 * {@code ./mvnw -q -o test -Dtest=PlanningDatabaseBenchmark -Ddanvan.benchmark=true}; figures also land in
 * {@code target/planning-database-benchmark.txt}. The unit count is the demo tree's, not a province's 3,321:
 * the figures scale the rows per unit, not the tree.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "danvan.benchmark", matches = "true")
@DanvanSpringTest
class PlanningDatabaseBenchmark {

	static final int TARGETS = 200;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlanBoard boards;

	@Autowired
	CalendarService calendar;

	@Autowired
	UserDetailsService users;

	@Test
	void boardAndCalendarMonthFromTheDatabase() throws Exception {
		int quarters = Integer.getInteger("danvan.benchmark.quarters", 4);
		int meetingsPerUnit = Integer.getInteger("danvan.benchmark.meetings", 3);
		Actor board = (Actor) users.loadUserByUsername("bandanvan");
		Actor commune = (Actor) users.loadUserByUsername("binhduc");
		Long owner = jdbc.queryForObject("select owner_unit_id from planning_plan where kind = 'TERM_PROGRAMME' order by id limit 1", Long.class);
		List<Long> leaves = jdbc.queryForList("""
				select u.id from org_unit u where u.active = true
				and not exists (select 1 from org_unit c where c.parent_id = u.id)""", Long.class);
		List<Long> periods = jdbc.queryForList("""
				select id from planning_period where kind = 'QUARTER' and starts_on >= date '2021-01-01'
				order by starts_on limit ?""", Long.class, quarters);
		LocalDate lastQuarterStart = jdbc.queryForObject("select starts_on from planning_period where id = ?", LocalDate.class,
				periods.get(periods.size() - 1));
		long built = System.nanoTime();
		Timestamp now = new Timestamp(System.currentTimeMillis());
		jdbc.update("""
				insert into planning_plan (kind, title, period_from, period_to, owner_unit_id, status, created_at, created_by,
				search_folded, report_every) values ('TERM_PROGRAMME', 'Chương trình hành động (đo hiệu năng)', date '2021-01-01',
				date '2025-12-31', ?, 'CURRENT', ?, 'benchmark', 'chuong trinh hanh dong (do hieu nang)', 'QUARTER')""", owner, now);
		Long planId = jdbc.queryForObject("select max(id) from planning_plan", Long.class);
		List<Object[]> items = new ArrayList<>();
		for (int t = 0; t < TARGETS; t++) {
			items.add(new Object[] { planId, t, "Chỉ tiêu " + t, t % 4 == 0 ? "AVERAGE" : "SUM" });
		}
		jdbc.batchUpdate("""
				insert into planning_item (plan_id, position, kind, title, indicator, measure, baseline, target_value, aggregation, direction)
				values (?, ?, 'TARGET', ?, 'Chỉ tiêu', 'mô hình', 0, 100, ?, 'GROW')""", items);
		List<Long> itemIds = jdbc.queryForList("select id from planning_item where plan_id = ? order by id", Long.class, planId);
		Random random = new Random(15);
		List<Object[]> splits = new ArrayList<>();
		List<Object[]> progress = new ArrayList<>();
		for (Long item : itemIds) {
			for (Long unit : leaves) {
				splits.add(new Object[] { item, unit, 5 + random.nextInt(20) });
				for (int q = 0; q < periods.size(); q++) {
					if (random.nextInt(10) > 0) {
						progress.add(new Object[] { item, unit, periods.get(q), (q + 1) * random.nextInt(6), now });
					}
				}
			}
		}
		jdbc.batchUpdate("insert into planning_split (item_id, unit_id, target_value) values (?, ?, ?)", splits);
		jdbc.batchUpdate("""
				insert into planning_progress (item_id, unit_id, period_id, achieved, reported_at, reported_by)
				values (?, ?, ?, ?, ?, 'benchmark')""", progress);
		List<Object[]> meetings = new ArrayList<>();
		for (Long unit : leaves) {
			for (int q = 0; q < periods.size(); q++) {
				for (int m = 0; m < meetingsPerUnit; m++) {
					LocalDate day = LocalDate.of(2021, 1, 5).plusMonths(3L * q + m).plusDays(random.nextInt(20));
					meetings.add(new Object[] { "Họp Khối Dân vận quý " + (q + 1) + " lần " + m, unit,
							Timestamp.valueOf(day.atTime(8, 0)), Timestamp.valueOf(day.atTime(11, 0)), "hop khoi dan van", now });
				}
			}
		}
		jdbc.batchUpdate("""
				insert into planning_meeting (kind, title, organiser_unit_id, starts_at, ends_at, status, created_at, created_by, search_folded)
				values ('BLOC_MEETING', ?, ?, ?, ?, 'HELD', ?, 'benchmark', ?)""", meetings.stream()
			.map(r -> new Object[] { r[0], r[1], r[2], r[3], r[5], r[4] }).toList());
		jdbc.update("""
				insert into planning_invitation (meeting_id, unit_id)
				select m.id, u.parent_id from planning_meeting m, org_unit u
				where m.created_by = 'benchmark' and u.id = m.organiser_unit_id and u.parent_id is not null""");
		double buildSeconds = (System.nanoTime() - built) / 1e9;

		StringBuilder out = new StringBuilder();
		out.append(String.format("data set: %d leaf units, %d targets, %d splits, %d progress rows over %d quarters, %d meetings; built in %.1f s%n",
				leaves.size(), TARGETS, splits.size(), progress.size(), periods.size(), meetings.size(), buildSeconds));
		Long lastPeriod = periods.get(periods.size() - 1);
		out.append(line("board, whole tree, one quarter (bandanvan)", () -> boards.board(board, planId, null, lastPeriod)));
		LocalDate month = lastQuarterStart;
		out.append(line("calendar month " + month.getMonthValue() + "/" + month.getYear() + " (binhduc)",
				() -> calendar.entries(commune, month, month.plusMonths(1).minusDays(1), null)));
		out.append(line("calendar month " + month.getMonthValue() + "/" + month.getYear() + " (bandanvan)",
				() -> calendar.entries(board, month, month.plusMonths(1).minusDays(1), null)));
		System.out.println(out);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/planning-database-benchmark.txt"), out);
	}

	private static String line(String what, Runnable work) {
		work.run();
		long[] ms = new long[7];
		for (int i = 0; i < ms.length; i++) {
			long start = System.nanoTime();
			work.run();
			ms[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(ms);
		return String.format("%-50s min %5d ms  median %5d ms  max %5d ms%n", what, ms[0], ms[ms.length / 2], ms[ms.length - 1]);
	}

}
