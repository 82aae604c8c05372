package danvan.portal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * What changed between two revisions, paragraph by paragraph (longest common subsequence): each line is
 * kept, removed or added. Title, lead, category and author are compared as lines too.
 */
public final class RevisionDiff {

	private RevisionDiff() {
	}

	public static List<Line> between(ArticleRevision older, ArticleRevision newer) {
		return diff(lines(older), lines(newer));
	}

	static List<String> lines(ArticleRevision revision) {
		List<String> lines = new ArrayList<>();
		lines.add("# " + revision.getTitle());
		lines.add("[" + revision.getCategory().name() + "] " + revision.getAuthorName());
		if (!revision.getLead().isBlank()) {
			lines.add(revision.getLead());
		}
		for (Element block : Jsoup.parseBodyFragment(revision.getBody()).select("p, h2, h3, h4, li, figcaption, blockquote, td")) {
			String text = block.text();
			if (!text.isBlank()) {
				lines.add(text);
			}
		}
		for (Element img : Jsoup.parseBodyFragment(revision.getBody()).select("img")) {
			lines.add("🖼 " + img.attr("src"));
		}
		return lines;
	}

	static List<Line> diff(List<String> a, List<String> b) {
		int[][] lcs = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		List<Line> result = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.size() && j < b.size()) {
			if (a.get(i).equals(b.get(j))) {
				result.add(new Line(Change.SAME, a.get(i)));
				i++;
				j++;
			}
			else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
				result.add(new Line(Change.REMOVED, a.get(i++)));
			}
			else {
				result.add(new Line(Change.ADDED, b.get(j++)));
			}
		}
		a.subList(i, a.size()).forEach(line -> result.add(new Line(Change.REMOVED, line)));
		b.subList(j, b.size()).forEach(line -> result.add(new Line(Change.ADDED, line)));
		return Collections.unmodifiableList(result);
	}

	public enum Change {

		SAME, REMOVED, ADDED

	}

	public record Line(Change change, String text) {
	}

}
