package danvan.emulation.sheets;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import danvan.emulation.assessment.AssessmentStatus;
import danvan.platform.web.StaleRecordException;

/**
 * The rows a consolidated sheet import reads and writes for a whole movement at once — assessments, scores and
 * score history — with JDBC batches inside the caller's transaction: hundreds of thousands of scores would take
 * the JPA path (one audited entity each, identity ids, no batching) half a minute. On PostgreSQL the scores and
 * their history go in with {@code COPY} instead ({@link PostgresBulk}), and changed scores are updated by one
 * statement from a temporary table. The rules stay with {@link Assessment}; this class only moves rows.
 */
@Component
public class ScoreRows {

	private static final int BATCH = 2_000;

	private static final int ROWS = 50;

	/** A score as stored: its row id, the unit's claimed points and the official points. */
	record Stored(Long id, BigDecimal selfPoints, BigDecimal points) {
	}

	/** A score row to write: a new one when {@code id} is null. */
	record Write(Long id, Long assessmentId, Long itemId, BigDecimal selfPoints, BigDecimal points) {
	}

	/** A review step's adjustment, as {@link ScoreChange} keeps it. */
	public record Change(Long assessmentId, Long itemId, int stepNo, String stepName, BigDecimal before, BigDecimal after,
			String reason, String changedBy, Instant changedAt) {
	}

	private final JdbcTemplate jdbc;

	private final PostgresBulk bulk;

	ScoreRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.bulk = new PostgresBulk(jdbc);
	}

	/** Every stored score of the movement: assessment id → item id → score. */
	Map<Long, Map<Long, Stored>> storedOf(Long movementId) {
		Map<Long, Map<Long, Stored>> stored = new HashMap<>();
		jdbc.query("""
				select s.assessment_id, s.item_id, s.id, s.self_points, s.points
				from emulation_score s join emulation_assessment a on a.id = s.assessment_id
				where a.movement_id = ?""", rs -> {
			stored.computeIfAbsent(rs.getLong(1), a -> new HashMap<>())
				.put(rs.getLong(2), new Stored(rs.getLong(3), rs.getBigDecimal(4), rs.getBigDecimal(5)));
		}, movementId);
		return stored;
	}

	/**
	 * Moves each assessment (id → the version the importer saw) to a new version, as a JPA save would; refused
	 * as stale when any one has moved on since.
	 */
	void touch(Map<Long, Long> versions, Instant now) {
		List<Map.Entry<Long, Long>> seen = new ArrayList<>(versions.entrySet());
		int[][] counts = jdbc.batchUpdate(
				"update emulation_assessment set last_changed_at = ?, version = version + 1 where id = ? and version = ?",
				seen, BATCH, (ps, entry) -> {
					ps.setTimestamp(1, Timestamp.from(now));
					ps.setLong(2, entry.getKey());
					ps.setLong(3, entry.getValue());
				});
		for (int[] batch : counts) {
			for (int count : batch) {
				if (count == 0) {
					throw new StaleRecordException();
				}
			}
		}
	}

	/**
	 * Starts a draft assessment, at version 0, for each of the units; then answers unit id → assessment id for
	 * every assessment of the movement. Stale if another one was started since the check.
	 */
	Map<Long, Long> createDrafts(Long movementId, Collection<Long> unitIds, Instant now) {
		if (unitIds.isEmpty()) {
			return Map.of();
		}
		try {
			jdbc.batchUpdate("""
					insert into emulation_assessment
					  (movement_id, unit_id, status, current_step, late, created_at, last_changed_at, version)
					values (?, ?, ?, 0, false, ?, ?, 0)""", unitIds, BATCH, (ps, unitId) -> {
				ps.setLong(1, movementId);
				ps.setLong(2, unitId);
				ps.setString(3, AssessmentStatus.DRAFT.name());
				ps.setTimestamp(4, Timestamp.from(now));
				ps.setTimestamp(5, Timestamp.from(now));
			});
		}
		catch (DuplicateKeyException e) {
			throw new StaleRecordException();
		}
		Map<Long, Long> ids = new HashMap<>();
		jdbc.query("select unit_id, id from emulation_assessment where movement_id = ?",
				rs -> {
					ids.put(rs.getLong(1), rs.getLong(2));
				}, movementId);
		return ids;
	}

	void write(List<Write> scores) {
		List<Write> inserts = scores.stream().filter(s -> s.id() == null).toList();
		List<Write> updates = scores.stream().filter(s -> s.id() != null).toList();
		if (bulk.available()) {
			copyScores(inserts, updates);
			return;
		}
		insert("insert into emulation_score (assessment_id, item_id, self_points, points)", 4, inserts, (ps, at, s) -> {
			ps.setLong(at + 1, s.assessmentId());
			ps.setLong(at + 2, s.itemId());
			setPoints(ps, at + 3, s.selfPoints());
			setPoints(ps, at + 4, s.points());
		});
		jdbc.batchUpdate("update emulation_score set self_points = ?, points = ? where id = ?", updates, BATCH,
				(ps, s) -> {
					setPoints(ps, 1, s.selfPoints());
					setPoints(ps, 2, s.points());
					ps.setLong(3, s.id());
				});
	}

	public void record(List<Change> changes) {
		if (bulk.available()) {
			bulk.copy("""
					emulation_score_change (assessment_id, item_id, step_no, step_name, points_before, points_after,
					  reason, changed_by, changed_at)""", changes, (c, line) -> line.add(c.assessmentId())
				.add(c.itemId())
				.add(c.stepNo())
				.add(c.stepName())
				.add(c.before())
				.add(c.after())
				.add(c.reason())
				.add(c.changedBy())
				.add(c.changedAt()));
			return;
		}
		insert("""
				insert into emulation_score_change (assessment_id, item_id, step_no, step_name, points_before, points_after,
				  reason, changed_by, changed_at)""", 9, changes, (ps, at, c) -> {
			ps.setLong(at + 1, c.assessmentId());
			ps.setLong(at + 2, c.itemId());
			ps.setInt(at + 3, c.stepNo());
			ps.setString(at + 4, c.stepName());
			setPoints(ps, at + 5, c.before());
			setPoints(ps, at + 6, c.after());
			ps.setString(at + 7, c.reason());
			ps.setString(at + 8, c.changedBy());
			ps.setTimestamp(at + 9, Timestamp.from(c.changedAt()));
		});
	}

	/**
	 * PostgreSQL: the new scores copied in; the changed ones copied into a temporary table, then updated by one
	 * statement joining it instead of a batch of single-row updates.
	 */
	private void copyScores(List<Write> inserts, List<Write> updates) {
		bulk.copy("emulation_score (assessment_id, item_id, self_points, points)", inserts,
				(s, line) -> line.add(s.assessmentId()).add(s.itemId()).add(s.selfPoints()).add(s.points()));
		if (updates.isEmpty()) {
			return;
		}
		jdbc.execute("""
				create temporary table emulation_score_import (id bigint, self_points numeric(7,2), points numeric(7,2))
				  on commit drop""");
		bulk.copy("emulation_score_import (id, self_points, points)", updates,
				(s, line) -> line.add(s.id()).add(s.selfPoints()).add(s.points()));
		jdbc.update("""
				update emulation_score s set self_points = t.self_points, points = t.points
				from emulation_score_import t where s.id = t.id""");
		jdbc.execute("drop table emulation_score_import");
	}

	/** Sets one row's values from the parameter after {@code at}. */
	private interface Binder<T> {

		void bind(PreparedStatement ps, int at, T row) throws SQLException;

	}

	/**
	 * Inserts {@link #ROWS} rows per statement (multi-row VALUES, in batches) — on H2 no more time than a
	 * statement per row (on PostgreSQL, before COPY, a third less) — and the remainder one row per statement.
	 */
	private <T> void insert(String insertInto, int columns, List<T> rows, Binder<T> binder) {
		String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
		int whole = rows.size() / ROWS;
		List<List<T>> groups = IntStream.range(0, whole).mapToObj(g -> rows.subList(g * ROWS, (g + 1) * ROWS)).toList();
		jdbc.batchUpdate(insertInto + " values " + String.join(", ", Collections.nCopies(ROWS, row)), groups,
				BATCH / ROWS, (ps, group) -> {
					for (int r = 0; r < ROWS; r++) {
						binder.bind(ps, r * columns, group.get(r));
					}
				});
		jdbc.batchUpdate(insertInto + " values " + row, rows.subList(whole * ROWS, rows.size()), BATCH,
				(ps, one) -> binder.bind(ps, 0, one));
	}

	private static void setPoints(PreparedStatement ps, int index, BigDecimal points) throws SQLException {
		if (points == null) {
			ps.setNull(index, Types.NUMERIC);
		}
		else {
			ps.setBigDecimal(index, points);
		}
	}

}
