package danvan.emulation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points are decimals with two places, never floating point. */
public final class Points {

	public static final BigDecimal ZERO = new BigDecimal("0.00");

	private Points() {
	}

	public static BigDecimal of(BigDecimal value) {
		return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
	}

	public static BigDecimal of(String value) {
		return of(new BigDecimal(value));
	}

	public static BigDecimal orZero(BigDecimal value) {
		return value == null ? ZERO : of(value);
	}

	/**
	 * Reads points the way people type them: "7,5", "7.5", " 8 "; null when it is not a number. A comma is a
	 * decimal comma, never a thousands separator (no score reaches a thousand).
	 */
	public static BigDecimal parse(String text) {
		if (text == null) {
			return null;
		}
		String s = text.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
		if (s.isEmpty() || s.length() > 12 || !s.matches("[+-]?\\d+(\\.\\d+)?")) {
			return null;
		}
		return of(new BigDecimal(s));
	}

}
