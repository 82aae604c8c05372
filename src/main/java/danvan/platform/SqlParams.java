package danvan.platform;

import java.util.Collection;
import java.util.List;

/** Parameters of the list queries that narrow in the database with optional parts. */
public final class SqlParams {

	private SqlParams() {
	}

	/** An IN list is never empty: an id no row has stands for "none"; {@code null} (no narrowing) reads the same. */
	public static Collection<Long> idsOrNone(Collection<Long> ids) {
		return ids == null || ids.isEmpty() ? List.of(-1L) : ids;
	}

	/** The {@code i}-th of the search words, or {@code null} when fewer were typed (that part of the query is off). */
	public static String word(List<String> words, int i) {
		return i < words.size() ? words.get(i) : null;
	}

}
