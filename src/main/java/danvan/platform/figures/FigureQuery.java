package danvan.platform.figures;

import java.time.LocalDate;

/**
 * Count for the unit {@code unitId} and everything under it, its predecessors through mergers included, for
 * records dated from {@code from} to {@code to} inclusive.
 */
public record FigureQuery(long unitId, LocalDate from, LocalDate to) {

	public FigureQuery {
		requirePeriod(from, to);
	}

	static void requirePeriod(LocalDate from, LocalDate to) {
		if (from == null || to == null || to.isBefore(from)) {
			throw new IllegalArgumentException("period must have from <= to");
		}
	}

}
