package danvan.exemplar.web;

import java.util.ArrayList;
import java.util.List;

import danvan.exemplar.registry.ExemplarSearch;

/**
 * The showcase's page links as plain links (no JavaScript): previous, the first, a window around the current
 * page, the last, next; each keeps the filters. A malformed or out-of-range page number in the address is told,
 * not a 500: the first page is shown for a malformed one, the last for one past the end.
 */
record ShowcasePager(int page, int pages, long first, long last, long total, List<Link> links, Link previous,
		Link next, String notice, List<Object> noticeArgs) {

	/** Page numbers shown on each side of the current one. */
	private static final int WINDOW = 2;

	/** One link; {@code href} is null for a gap ("…"). */
	record Link(String label, String href, boolean current) {
	}

	/** The page number as typed in the address, and whether it made sense. */
	record Asked(int number, String raw, boolean malformed) {

		static Asked parse(String raw) {
			if (raw == null || raw.isBlank()) {
				return new Asked(1, null, false);
			}
			String s = raw.strip();
			if (!s.matches("\\d{1,9}") || Integer.parseInt(s) < 1) {
				return new Asked(1, s.length() > 20 ? s.substring(0, 20) + "…" : s, true);
			}
			return new Asked(Integer.parseInt(s), s, false);
		}

	}

	static ShowcasePager of(ExemplarSearch.Page shown, Asked asked, String base, String field, String stage,
			Long unit) {
		String query = base + "?" + (field == null ? "" : "field=" + field + "&") + (stage == null ? "" : "stage=" + stage + "&")
				+ (unit == null ? "" : "unit=" + unit + "&") + "page=";
		int page = shown.page();
		int pages = shown.pages();
		List<Link> links = new ArrayList<>();
		int from = Math.max(2, page - WINDOW);
		int to = Math.min(pages - 1, page + WINDOW);
		links.add(new Link("1", query + 1, page == 1));
		if (from > 2) {
			links.add(new Link("…", null, false));
		}
		for (int n = from; n <= to; n++) {
			links.add(new Link(String.valueOf(n), query + n, n == page));
		}
		if (to < pages - 1) {
			links.add(new Link("…", null, false));
		}
		if (pages > 1) {
			links.add(new Link(String.valueOf(pages), query + pages, page == pages));
		}
		String notice = null;
		List<Object> args = List.of();
		if (asked.malformed()) {
			notice = "exemplar.public.page.malformed";
			args = List.of(asked.raw());
		}
		else if (asked.number() > pages) {
			notice = "exemplar.public.page.beyond";
			args = List.of(asked.raw(), pages);
		}
		long first = shown.total() == 0 ? 0 : (page - 1L) * shown.size() + 1;
		return new ShowcasePager(page, pages, first, first == 0 ? 0 : first + shown.rows().size() - 1, shown.total(),
				links, page > 1 ? new Link(null, query + (page - 1), false) : null,
				page < pages ? new Link(null, query + (page + 1), false) : null, notice, args);
	}

}
