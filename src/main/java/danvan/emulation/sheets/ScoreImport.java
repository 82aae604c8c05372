package danvan.emulation.sheets;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A consolidated sheet read but not saved: the rows danvan understood with their computed totals, every cell
 * error, and every row whose own total differs from danvan's (a warning). {@code versions} holds the version of
 * each unit's assessment when the sheet was read, so that the commit refuses one changed since.
 */
public record ScoreImport(String id, Long movementId, String fileName, String importedBy, Instant readAt,
		List<Line> rows, List<CellError> errors, List<Mismatch> mismatches, Map<Long, Long> versions) {

	/**
	 * The version of the unit's assessment the importer saw; with none yet, 0 — the version of an assessment
	 * opened since but never changed.
	 */
	long versionSeen(Long unitId) {
		return versions.getOrDefault(unitId, 0L);
	}

	public record Line(int row, Long unitId, String unitName, BigDecimal total, Map<Long, BigDecimal> points) {
	}

	public record CellError(String cell, String message) {
	}

	public record Mismatch(int row, BigDecimal sheetTotal, BigDecimal computedTotal) {
	}

}
