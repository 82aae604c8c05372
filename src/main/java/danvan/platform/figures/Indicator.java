package danvan.platform.figures;

import java.util.regex.Pattern;

/**
 * One figure a module can count: a stable code used by report templates and the API
 * ({@code dialogue.petitions.overdue}), the message key of its name, and the message key of its unit of
 * measure ({@code platform.figures.measure.count}, {@code platform.figures.measure.vnd}, …).
 */
public record Indicator(String code, String nameKey, String measureKey) {

	private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z0-9-]+)+");

	public Indicator {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("indicator code must be module.dotted.lowercase: " + code);
		}
	}

	/** The module that owns this indicator: the code's first segment. */
	public String module() {
		return code.substring(0, code.indexOf('.'));
	}

}
