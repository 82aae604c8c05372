package danvan.platform.figures;

import java.math.BigDecimal;

/**
 * A counted value of one indicator, and the page that lists the records it counts (so a figure in a report can
 * be traced to them), or {@code null} when there is no such list.
 */
public record Figure(String code, BigDecimal value, String recordsPath) {

	public static Figure of(String code, long value, String recordsPath) {
		return new Figure(code, BigDecimal.valueOf(value), recordsPath);
	}

}
