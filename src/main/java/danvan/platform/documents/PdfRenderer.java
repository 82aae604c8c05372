package danvan.platform.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.core.io.ClassPathResource;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import danvan.platform.documents.OfficialDocument.Appendix;
import danvan.platform.documents.OfficialDocument.Article;
import danvan.platform.documents.OfficialDocument.Column;
import danvan.platform.documents.OfficialDocument.Picture;
import danvan.platform.documents.OfficialDocument.RowGroup;

/**
 * An {@link OfficialDocument} as PDF, laid out like the DOCX: HTML built element by element (every value set
 * as text, never as markup) and printed by openhtmltopdf with Liberation Serif — the metric twin of Times New
 * Roman, shipped in {@code resources/fonts} and embedded — registered under the profile's font name.
 */
final class PdfRenderer {

	static final byte[] REGULAR = font("LiberationSerif-Regular.ttf");

	static final byte[] ITALIC = font("LiberationSerif-Italic.ttf");

	static final byte[] BOLD = font("LiberationSerif-Bold.ttf");

	static final byte[] BOLD_ITALIC = font("LiberationSerif-BoldItalic.ttf");

	static {
		XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
	}

	private final LayoutProfile profile;

	private final Document html = Document.createShell("");

	private PdfRenderer(LayoutProfile profile) {
		this.profile = profile;
	}

	static byte[] render(OfficialDocument source, LayoutProfile profile) {
		PdfRenderer renderer = new PdfRenderer(profile);
		renderer.write(source);
		String family = profile.getFontName();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(REGULAR), family, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(ITALIC), family, 400, FontStyle.ITALIC, true);
			builder.useFont(() -> new ByteArrayInputStream(BOLD), family, 700, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(BOLD_ITALIC), family, 700, FontStyle.ITALIC, true);
			builder.withW3cDocument(new W3CDom().fromJsoup(renderer.html), null);
			builder.withProducer("danvan");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The HTML the PDF is printed from, for tests and previews. */
	static String html(OfficialDocument source, LayoutProfile profile) {
		PdfRenderer renderer = new PdfRenderer(profile);
		renderer.write(source);
		return renderer.html.outerHtml();
	}

	private void write(OfficialDocument doc) {
		html.head().appendElement("meta").attr("charset", "UTF-8");
		html.head().appendElement("style").appendText(css());
		Element body = html.body();
		header(body, doc);
		Element title = body.appendElement("div").addClass("title");
		line(title, DocxRenderer.upper(doc.kind()), "kind");
		line(title, doc.summary(), "summary");
		if (profile.getSummaryMark() == null) {
			title.appendElement("div").addClass("rule").attr("style", "width: 30%");
		}
		else {
			line(title, profile.getSummaryMark(), "summary");
		}
		if (profile.isAuthorityBeforeGrounds() && doc.enactingAuthority() != null) {
			line(body, DocxRenderer.upper(doc.enactingAuthority()), "enacting");
		}
		List<String> grounds = doc.grounds();
		for (int i = 0; i < grounds.size(); i++) {
			boolean last = i == grounds.size() - 1 && doc.proposal() == null;
			paragraph(body, profile.getGroundsPrefix() + trimEnd(grounds.get(i)) + (last ? "." : ";"))
				.addClass(profile.isGroundsItalic() ? "italic" : "upright");
		}
		if (doc.proposal() != null) {
			paragraph(body, profile.getGroundsPrefix() + trimEnd(doc.proposal()) + ".")
				.addClass(profile.isGroundsItalic() ? "italic" : "upright");
		}
		String enacting = doc.enactingWord() == null ? "" : doc.enactingWord();
		if (!profile.isAuthorityBeforeGrounds() && doc.enactingAuthority() != null) {
			enacting = DocxRenderer.upper(doc.enactingAuthority()) + " " + trimEnd(enacting.replace(":", ""));
		}
		if (!enacting.isBlank()) {
			line(body, enacting, "enacting");
		}
		articles(body, doc.articles());
		signature(body, doc);
		doc.appendices().forEach(a -> appendix(body, a));
	}

	private void header(Element body, OfficialDocument doc) {
		Element table = body.appendElement("table").addClass("layout");
		int split = profile.getHeaderSplitPercent();
		Element row = table.appendElement("tr");
		Element left = row.appendElement("td").attr("style", "width: " + split + "%");
		Element right = row.appendElement("td").attr("style", "width: " + (100 - split) + "%");
		if (doc.parentBody() != null && !doc.parentBody().isBlank()) {
			line(left, DocxRenderer.upper(doc.parentBody()), "parent");
		}
		line(left, DocxRenderer.upper(doc.issuerName()), "issuer");
		if (profile.getIssuerMark() == null) {
			left.appendElement("div").addClass("rule").attr("style", "width: 33%");
		}
		else {
			line(left, profile.getIssuerMark(), "issuer-mark");
		}
		boolean motto = profile.getMotto() != null;
		Element title = right.appendElement("div").addClass("header-title");
		title.appendElement("span").addClass(motto ? "plain" : "ruled").text(profile.getHeaderTitle());
		if (motto) {
			right.appendElement("div").addClass("motto").appendElement("span").addClass("ruled")
				.text(profile.getMotto());
		}
		Element second = table.appendElement("tr");
		line(second.appendElement("td"), profile.numberLine(doc.number(), doc.draftNumberSuffix()), "number");
		line(second.appendElement("td"), profile.dateLine(doc.place(), doc.date()), "date");
	}

	private void articles(Element body, List<Article> articles) {
		for (int i = 0; i < articles.size(); i++) {
			Article article = articles.get(i);
			boolean lastArticle = i == articles.size() - 1;
			String text = article.text() == null ? "" : article.text();
			Element p = body.appendElement("p").addClass("body");
			// a no-break space: the printer drops a plain one after the bold heading when the nowrap ending follows
			// an empty article ends on its heading: "… kỳ tới./.", not "… kỳ tới ./."
			p.appendElement("b").text(article.heading() + (text.isBlank() ? "" : "\u00A0"));
			if (lastArticle && article.paragraphs().isEmpty()) {
				ending(p, text);
			}
			else {
				p.appendText(text);
			}
			List<String> paragraphs = article.paragraphs();
			for (int j = 0; j < paragraphs.size(); j++) {
				String line = paragraphs.get(j);
				if (lastArticle && j == paragraphs.size() - 1) {
					ending(body.appendElement("p").addClass("body"), line);
				}
				else {
					paragraph(body, line);
				}
			}
			article.pictures().forEach(picture -> picture(body, picture));
		}
	}

	/** The same PNG as the DOCX, as a data URI at the text width; its caption and table of values under it. */
	private void picture(Element body, Picture picture) {
		Element figure = body.appendElement("div").addClass("picture");
		figure.appendElement("img")
			.attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(picture.png()))
			.attr("alt", picture.caption() == null ? "" : picture.caption())
			.attr("style", "width: " + mm(textWidthMm()) + "mm; height: "
					+ mm(textWidthMm().multiply(BigDecimal.valueOf(picture.pixelHeight()))
						.divide(BigDecimal.valueOf(picture.pixelWidth()), 1, RoundingMode.HALF_UP))
					+ "mm");
		if (picture.caption() != null) {
			line(figure, picture.caption(), "caption");
		}
		if (!picture.columns().isEmpty()) {
			dataTable(body, picture.columns(), List.of(new RowGroup(null, picture.rows())));
		}
	}

	private BigDecimal textWidthMm() {
		return profile.getPageWidthMm().subtract(profile.getMarginLeftMm()).subtract(profile.getMarginRightMm());
	}

	private void signature(Element body, OfficialDocument doc) {
		Element table = body.appendElement("table").addClass("layout").addClass("signature");
		Element row = table.appendElement("tr");
		Element left = row.appendElement("td").attr("style", "width: 45%").addClass("recipients");
		line(left, profile.getRecipientsLabel(), "recipients-label");
		for (String recipient : doc.recipients()) {
			line(left, "- " + trimEnd(recipient) + profile.getRecipientLineEnd(), "recipient");
		}
		if (doc.archive() != null) {
			line(left, profile.archiveLine(doc.archive()), "recipient");
		}
		Element right = row.appendElement("td").attr("style", "width: 55%").addClass("signer");
		OfficialDocument.Signature signature = doc.signature();
		if (signature.authority() != SigningAuthority.DIRECT) {
			line(right, profile.prefix(signature.authority()) + " " + DocxRenderer.upper(signature.onBehalfOf()),
					"authority");
			line(right, DocxRenderer.upper(signature.title()), "signer-title");
		}
		else {
			line(right, DocxRenderer.upper(signature.title()), "authority");
		}
		right.appendElement("div").addClass("signature-space");
		line(right, signature.name() == null ? "" : signature.name(), "signer-name");
	}

	private void appendix(Element body, Appendix appendix) {
		Element section = body.appendElement("div").addClass("appendix");
		if (appendix.landscape()) {
			section.addClass("landscape");
		}
		line(section, DocxRenderer.upper(appendix.title()), "appendix-title");
		if (appendix.subtitle() != null) {
			line(section, appendix.subtitle(), "appendix-subtitle");
		}
		dataTable(section, appendix.columns(), appendix.groups());
	}

	private static void dataTable(Element parent, List<Column> columns, List<RowGroup> groups) {
		Element table = parent.appendElement("table").addClass("list");
		Element head = table.appendElement("thead").appendElement("tr");
		for (Column column : columns) {
			head.appendElement("th").attr("style", "width: " + column.widthPercent() + "%").text(column.header());
		}
		Element rows = table.appendElement("tbody");
		for (RowGroup group : groups) {
			if (group.heading() != null) {
				rows.appendElement("tr").addClass("group").appendElement("td")
					.attr("colspan", String.valueOf(columns.size()))
					.text(group.heading());
			}
			for (List<String> values : group.rows()) {
				Element tr = rows.appendElement("tr");
				for (int c = 0; c < columns.size(); c++) {
					tr.appendElement("td")
						.addClass(columns.get(c).align().toLowerCase(java.util.Locale.ROOT))
						.text(c < values.size() && values.get(c) != null ? values.get(c) : "");
				}
			}
		}
	}

	/** The text with the profile's end mark ("./."), kept on one line with the last word. */
	private void ending(Element p, String text) {
		String t = trimEnd(text);
		int space = t.lastIndexOf(' ');
		p.appendText(t.substring(0, space + 1));
		p.appendElement("span").attr("style", "white-space: nowrap").text(t.substring(space + 1) + profile.getBodyEnd());
	}

	private Element paragraph(Element parent, String text) {
		return parent.appendElement("p").addClass("body").text(text);
	}

	private static Element line(Element parent, String text, String style) {
		return parent.appendElement("div").addClass(style).text(text);
	}

	private String css() {
		String font = "'" + profile.getFontName().replace("'", "") + "'";
		String lineHeight = profile.getLineSpacingPt() != null ? profile.getLineSpacingPt() + "pt"
				: String.valueOf(profile.getLineMultiple().doubleValue() * 1.15);
		String label = switch (profile.getRecipientsLabelStyle()) {
			case "UNDERLINE" -> "text-decoration: underline;";
			case "BOLD_ITALIC" -> "font-weight: bold; font-style: italic;";
			default -> "font-weight: bold;";
		};
		return """
				@page { size: %smm %smm; margin: %smm %smm %smm %smm;
				  @top-center { content: counter(page); font-family: %s; font-size: %dpt; vertical-align: middle; } }
				@page :first { @top-center { content: none; } }
				body { font-family: %s; font-size: %dpt; color: #000; margin: 0; }
				table.layout { width: 100%%; border-collapse: collapse; table-layout: fixed; }
				table.layout td { vertical-align: top; text-align: center; padding: 0; }
				.parent { font-size: %dpt; }
				.issuer { font-size: %dpt; font-weight: bold; }
				.issuer-mark { font-size: %dpt; }
				.rule { border-top: 0.6pt solid #000; margin: 3pt auto 0 auto; height: 0; }
				.header-title { font-size: %dpt; font-weight: bold; }
				.motto { font-size: %dpt; font-weight: bold; }
				.ruled { text-decoration: underline; }
				.number { font-size: %dpt; padding-top: 4pt; }
				.date { font-size: %dpt; font-style: italic; padding-top: 4pt; }
				.title { text-align: center; margin-top: 18pt; }
				.kind { font-size: %dpt; font-weight: bold; }
				.summary { font-size: %dpt; font-weight: bold; }
				.enacting { text-align: center; font-weight: bold; margin: 8pt 0 6pt 0; }
				p.body { text-align: justify; text-indent: %smm; margin: 0 0 %dpt 0; line-height: %s; }
				.italic { font-style: italic; }
				table.signature { margin-top: 10pt; page-break-inside: avoid; }
				td.recipients { text-align: left; }
				.recipients-label { font-size: %dpt; %s text-align: left; }
				.recipient { font-size: %dpt; text-align: left; }
				td.signer { font-size: %dpt; }
				.authority { font-weight: bold; }
				.signer-title { font-weight: %s; }
				.signature-space { height: 72pt; }
				.signer-name { font-weight: bold; }
				.appendix { page-break-before: always; }
				.appendix-title { text-align: center; font-weight: bold; }
				.appendix-subtitle { text-align: center; font-style: italic; margin-bottom: 10pt; }
				table.list { width: 100%%; border-collapse: collapse; -fs-table-paginate: paginate; font-size: %dpt; }
				table.list thead { display: table-header-group; }
				table.list tr { page-break-inside: avoid; }
				table.list th, table.list td { border: 0.6pt solid #000; padding: 2pt 4pt; vertical-align: middle; }
				table.list tr.group td { font-weight: bold; }
				td.center { text-align: center; } td.right { text-align: right; } td.left { text-align: left; }
				.picture { text-align: center; margin: 6pt 0 4pt 0; page-break-inside: avoid; }
				.picture img { display: block; }
				.caption { font-style: italic; font-size: %dpt; margin-top: 2pt; }
				.picture + table.list { margin-bottom: 8pt; }
				""".formatted(mm(profile.getPageWidthMm()), mm(profile.getPageHeightMm()), mm(profile.getMarginTopMm()),
				mm(profile.getMarginRightMm()), mm(profile.getMarginBottomMm()), mm(profile.getMarginLeftMm()), font,
				profile.getPageNumberSize(), font, profile.getBodySize(), profile.getParentSize(),
				profile.getIssuerSize(), profile.getIssuerSize(), profile.getHeaderTitleSize(), profile.getMottoSize(),
				profile.getNumberSize(), profile.getDateSize(), profile.getKindSize(), profile.getSummarySize(),
				mm(profile.getFirstLineIndentMm()), profile.getParagraphAfterPt(), lineHeight,
				profile.getRecipientsLabelSize(), label, profile.getRecipientsSize(), profile.getSignatureSize(),
				profile.isSignerTitleBold() ? "bold" : "normal", profile.getBodySize() - 1, profile.getBodySize() - 1)
				+ """
						@page wide { size: %smm %smm; margin: %smm %smm %smm %smm;
						  @top-center { content: counter(page); font-family: %s; font-size: %dpt; vertical-align: middle; } }
						.appendix.landscape { page: wide; width: %smm; }
						.appendix.landscape table.list { font-size: %dpt; table-layout: fixed; }
						.appendix.landscape table.list th, .appendix.landscape table.list td { box-sizing: border-box; padding: 2pt 2pt; }
						""".formatted(mm(profile.getPageHeightMm()), mm(profile.getPageWidthMm()),
								mm(profile.getMarginTopMm()), mm(profile.getMarginRightMm()),
								mm(profile.getMarginBottomMm()), mm(profile.getMarginLeftMm()), font,
								profile.getPageNumberSize(), mm(profile.getPageHeightMm()
									.subtract(profile.getMarginLeftMm()).subtract(profile.getMarginRightMm())),
								profile.getBodySize() - 2);
	}

	private static String mm(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static String trimEnd(String text) {
		String t = text.strip();
		while (t.endsWith(".") || t.endsWith(";") || t.endsWith(",") || t.endsWith("/")) {
			t = t.substring(0, t.length() - 1);
		}
		return t;
	}

	private static byte[] font(String file) {
		try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("font " + file + " missing from the classpath", e);
		}
	}

}
