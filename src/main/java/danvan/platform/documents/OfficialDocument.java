package danvan.platform.documents;

import java.time.LocalDate;
import java.util.List;

/**
 * One official document as its parts, independent of how it is printed: the header blocks, number, place and
 * date, kind and summary, legal grounds, articles, signature block, recipients and appendix tables. The
 * {@link LayoutProfile} decides sizes, marks and wording; {@link OfficialDocuments} renders DOCX and PDF.
 *
 * @param parentBody the body above the issuer ("HUYỆN ỦY CHÂU THÀNH"), or null
 * @param issuerName the issuing body ("BAN DÂN VẬN")
 * @param number the number as printed without "Số" ("125-QĐ/BDVHU"), or null for a draft (printed blank)
 * @param draftNumberSuffix for a draft, what follows the blank number ("QĐ/BDVHU")
 * @param kind the document kind ("QUYẾT ĐỊNH")
 * @param summary the trích yếu ("Về việc khen thưởng …")
 * @param enactingAuthority the line under the summary naming who decides ("BAN THƯỜNG VỤ HUYỆN ỦY"), or null
 * @param grounds the căn cứ lines, without their final punctuation
 * @param proposal the "Theo đề nghị của …" line, or null
 * @param enactingWord the word before the articles ("QUYẾT ĐỊNH:")
 * @param archive who keeps the copy ("VT, BDV" or "Văn phòng Huyện ủy"), printed by the profile's pattern
 */
public record OfficialDocument(String parentBody, String issuerName, String number, String draftNumberSuffix,
		String place, LocalDate date, String kind, String summary, String enactingAuthority, List<String> grounds,
		String proposal, String enactingWord, List<Article> articles, Signature signature, List<String> recipients,
		String archive, List<Appendix> appendices) {

	public OfficialDocument {
		grounds = grounds == null ? List.of() : List.copyOf(grounds);
		articles = articles == null ? List.of() : List.copyOf(articles);
		recipients = recipients == null ? List.of() : List.copyOf(recipients);
		appendices = appendices == null ? List.of() : List.copyOf(appendices);
	}

	/** "Điều 1." with its text; further paragraphs (khoản) below it; pictures (charts) after them. */
	public record Article(String heading, String text, List<String> paragraphs, List<Picture> pictures) {

		public Article {
			paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
			pictures = pictures == null ? List.of() : List.copyOf(pictures);
		}

		public Article(String heading, String text, List<String> paragraphs) {
			this(heading, text, paragraphs, List.of());
		}

	}

	/**
	 * A PNG printed across the text width (a chart drawn on the server), its caption under it and, under that, the
	 * table of the values it shows, so the figures stay readable where the picture is not.
	 *
	 * @param pixelWidth with {@code pixelHeight}, the image's proportions: it is scaled to the text width
	 */
	public record Picture(String caption, byte[] png, int pixelWidth, int pixelHeight, List<Column> columns,
			List<List<String>> rows) {

		public Picture {
			columns = columns == null ? List.of() : List.copyOf(columns);
			rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
		}

	}

	/**
	 * @param onBehalfOf after the prefix: "BAN THƯỜNG VỤ" (T/M), "TRƯỞNG BAN" (K/T); ignored when direct
	 * @param title the signer's own title ("PHÓ TRƯỞNG BAN")
	 */
	public record Signature(SigningAuthority authority, String onBehalfOf, String title, String name) {
	}

	/**
	 * An attached list: heading lines, columns and rows grouped under headings ("I. TẬP THỂ"); a {@code landscape}
	 * one (a register of many columns) is printed on landscape pages, and must come after any portrait one.
	 */
	public record Appendix(String title, String subtitle, List<Column> columns, List<RowGroup> groups,
			boolean landscape) {

		public Appendix(String title, String subtitle, List<Column> columns, List<RowGroup> groups) {
			this(title, subtitle, columns, groups, false);
		}

	}

	/** @param widthPercent share of the table width; @param align LEFT, CENTER or RIGHT */
	public record Column(String header, int widthPercent, String align) {
	}

	public record RowGroup(String heading, List<List<String>> rows) {
	}

}
