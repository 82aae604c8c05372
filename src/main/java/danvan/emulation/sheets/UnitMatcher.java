package danvan.emulation.sheets;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import danvan.platform.text.Folding;

/**
 * Finds a participating unit from the way people write its name: any case, stray spaces, composed or
 * decomposed Unicode, with or without "Xã", "Phường", "Thị trấn", "Đảng ủy", "Khối Dân vận"; or its code.
 */
final class UnitMatcher {

	private static final Pattern PREFIX = Pattern.compile(
			"^(dang uy|khoi dan van|uy ban nhan dan|ubnd|xa|phuong|thi tran|tt\\.?|p\\.|x\\.)\\s+");

	private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}&&[^_]]");

	private final Map<String, Long> byKey = new HashMap<>();

	void add(Long unitId, String name, String code) {
		byKey.putIfAbsent(key(name), unitId);
		if (code != null) {
			byKey.putIfAbsent(Folding.fold(code), unitId);
		}
	}

	Long find(String written) {
		if (written == null || written.isBlank()) {
			return null;
		}
		Long byCode = byKey.get(Folding.fold(written));
		return byCode != null ? byCode : byKey.get(key(written));
	}

	static String key(String name) {
		String folded = PUNCTUATION.matcher(Folding.fold(name)).replaceAll(" ").replaceAll("\\s+", " ").trim();
		String previous;
		do {
			previous = folded;
			folded = PREFIX.matcher(folded).replaceFirst("").trim();
		}
		while (!folded.equals(previous));
		return folded;
	}

}
