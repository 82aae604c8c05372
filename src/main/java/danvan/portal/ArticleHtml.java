package danvan.portal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * Makes an editor's HTML safe with an allow-list (no scripts, styles, event handlers or foreign frames),
 * gives images without alternative text the caption of their figure, and extracts the plain text.
 */
final class ArticleHtml {

	private static final Pattern IMAGE_URL = Pattern.compile("^/anh/(\\d+)/");

	private static final Safelist ALLOWED = Safelist.relaxed()
		.addTags("figure", "figcaption", "hr", "s")
		.removeTags("colgroup", "col")
		.addAttributes("figure", "class")
		.addAttributes("img", "loading")
		.addProtocols("img", "src", "http", "https")
		.preserveRelativeLinks(true);

	private ArticleHtml() {
	}

	static Cleaned clean(String html) {
		String safe = Jsoup.clean(html == null ? "" : html, "https://portal.invalid/", ALLOWED,
				new Document.OutputSettings().prettyPrint(false));
		Document document = Jsoup.parseBodyFragment(safe);
		document.outputSettings().prettyPrint(false);
		Long cover = null;
		for (Element img : document.select("img")) {
			String src = img.attr("src").replace("https://portal.invalid", "");
			img.attr("src", src);
			Element figure = img.closest("figure");
			Element caption = figure == null ? null : figure.selectFirst("figcaption");
			if (img.attr("alt").isBlank() && caption != null) {
				img.attr("alt", caption.text());
			}
			Matcher matcher = IMAGE_URL.matcher(src);
			if (cover == null && matcher.find()) {
				cover = Long.valueOf(matcher.group(1));
			}
		}
		for (Element link : document.select("a[href^=https://portal.invalid]")) {
			link.attr("href", link.attr("href").replace("https://portal.invalid", ""));
		}
		return new Cleaned(document.body().html(), document.body().text(), cover);
	}

	/** Text of a plain-text field: all markup removed, entities decoded, line breaks kept. */
	static String plain(String text) {
		if (text == null) {
			return "";
		}
		Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
		return Parser.unescapeEntities(Jsoup.clean(text, "", Safelist.none(), settings), false).strip();
	}

	record Cleaned(String html, String text, Long coverImageId) {
	}

}
