package danvan.platform.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * {@link PrintedSheet}s as one PDF, a page per sheet at the sheet's own size, texts absolutely positioned and
 * set as text nodes (never markup), in Liberation Serif embedded under the name Times New Roman.
 */
final class SheetPdfRenderer {

	static final String FAMILY = "Times New Roman";

	private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

	private SheetPdfRenderer() {
	}

	static byte[] render(List<PrintedSheet> sheets) {
		Document html = html(sheets);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(PdfRenderer.REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(PdfRenderer.ITALIC), FAMILY, 400, FontStyle.ITALIC, true);
			builder.useFont(() -> new ByteArrayInputStream(PdfRenderer.BOLD), FAMILY, 700, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(PdfRenderer.BOLD_ITALIC), FAMILY, 700, FontStyle.ITALIC,
					true);
			builder.withW3cDocument(new W3CDom().fromJsoup(html), null);
			builder.withProducer("danvan");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Document html(List<PrintedSheet> sheets) {
		Document html = Document.createShell("");
		PrintedSheet first = sheets.isEmpty() ? new PrintedSheet(210, 297, false, List.of()) : sheets.get(0);
		StringBuilder css = new StringBuilder();
		css.append("@page { size: %smm %smm; margin: 0 }".formatted(mm(first.widthMm()), mm(first.heightMm())));
		css.append(" body { margin: 0; font-family: '" + FAMILY + "'; }");
		css.append(" .sheet { position: relative; overflow: hidden; page-break-inside: avoid; }");
		css.append(" .t { position: absolute; line-height: 1.3; }");
		css.append(" .frame { position: absolute; left: 8mm; top: 8mm; border: 4pt double #a31515; }");
		for (int i = 0; i < sheets.size(); i++) {
			PrintedSheet s = sheets.get(i);
			css.append(" @page p%d { size: %smm %smm; margin: 0 }".formatted(i, mm(s.widthMm()), mm(s.heightMm())));
		}
		html.head().appendElement("style").text(css.toString());
		for (int i = 0; i < sheets.size(); i++) {
			PrintedSheet s = sheets.get(i);
			Element sheet = html.body().appendElement("div").addClass("sheet")
				.attr("style", "page: p%d; width: %smm; height: %smm;%s".formatted(i, mm(s.widthMm()),
						mm(s.heightMm()), i < sheets.size() - 1 ? " page-break-after: always;" : ""));
			if (s.frame()) {
				sheet.appendElement("div").addClass("frame").attr("style", "width: %smm; height: %smm;"
					.formatted(mm(s.widthMm() - 16 - 3), mm(s.heightMm() - 16 - 3)));
			}
			for (PrintedSheet.Placed t : s.texts()) {
				Element box = sheet.appendElement("div").addClass("t").attr("style", style(t));
				String[] lines = t.text() == null ? new String[0] : t.text().split("\n", -1);
				for (int l = 0; l < lines.length; l++) {
					if (l > 0) {
						box.appendElement("br");
					}
					box.appendText(lines[l]);
				}
			}
		}
		return html;
	}

	private static String style(PrintedSheet.Placed t) {
		StringBuilder s = new StringBuilder();
		s.append("left: %smm; top: %smm; width: %smm; font-size: %spt;".formatted(mm(t.xMm()), mm(t.yMm()),
				mm(Math.max(1, t.widthMm())), mm(t.sizePt())));
		s.append(" font-weight: ").append(t.bold() ? "700" : "400").append(';');
		s.append(" font-style: ").append(t.italic() ? "italic" : "normal").append(';');
		s.append(" text-align: ").append(t.align() == null ? "left" : t.align().name().toLowerCase(Locale.ROOT))
			.append(';');
		if (t.colour() != null && COLOUR.matcher(t.colour()).matches()) {
			s.append(" color: ").append(t.colour()).append(';');
		}
		return s.toString();
	}

	private static String mm(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

}
