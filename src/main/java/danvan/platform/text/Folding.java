package danvan.platform.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text without its diacritics, for searching the way people type: "tran van thang" matches
 * "Trần Văn Thắng". đ is folded to d.
 */
public final class Folding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private Folding() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
		return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
	}

	/** The folded words of a query, at most {@code max} of them, ignoring empty input. */
	public static List<String> words(String query, int max) {
		String folded = fold(query);
		if (folded.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(folded.split(" ")).limit(max).toList();
	}

	/**
	 * The folded words of a search box as SQL {@code like} patterns (escape character {@code !}), at most
	 * {@code max}, each cut at 100 characters, so that "%", "_" or a quote typed by anyone match themselves.
	 */
	public static List<String> likePatterns(String query, int max) {
		return words(query, max).stream()
			.map(w -> w.length() > 100 ? w.substring(0, 100) : w)
			.map(w -> "%" + w.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
			.toList();
	}

}
