package danvan.platform.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import danvan.platform.documents.OfficialDocument.Appendix;
import danvan.platform.documents.OfficialDocument.Article;
import danvan.platform.documents.OfficialDocument.Column;
import danvan.platform.documents.OfficialDocument.Picture;
import danvan.platform.documents.OfficialDocument.RowGroup;

/**
 * An {@link OfficialDocument} as Word: A4 section with the profile's margins, the header and signature blocks
 * as borderless two-column tables, every run in the profile's font (Times New Roman) at its size, page numbers
 * centred in the top margin from page 2, appendices on new pages with a bordered table.
 */
final class DocxRenderer {

	private static final double TWIPS_PER_MM = 1440 / 25.4;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final LayoutProfile profile;

	private final XWPFDocument document = new XWPFDocument();

	private DocxRenderer(LayoutProfile profile) {
		this.profile = profile;
	}

	static byte[] render(OfficialDocument source, LayoutProfile profile) {
		DocxRenderer renderer = new DocxRenderer(profile);
		try (XWPFDocument document = renderer.document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			renderer.write(source);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static int twips(BigDecimal mm) {
		return (int) Math.round(mm.doubleValue() * TWIPS_PER_MM);
	}

	private void write(OfficialDocument doc) {
		section();
		defaultFont();
		pageNumbers();
		header(doc);
		titleBlock(doc);
		if (profile.isAuthorityBeforeGrounds() && doc.enactingAuthority() != null) {
			centred(upper(doc.enactingAuthority()), profile.getBodySize(), true, false);
		}
		List<String> grounds = doc.grounds();
		for (int i = 0; i < grounds.size(); i++) {
			boolean last = i == grounds.size() - 1 && doc.proposal() == null;
			body(profile.getGroundsPrefix() + trimEnd(grounds.get(i)) + (last ? "." : ";"), profile.isGroundsItalic());
		}
		if (doc.proposal() != null) {
			body(profile.getGroundsPrefix() + trimEnd(doc.proposal()) + ".", profile.isGroundsItalic());
		}
		String enacting = doc.enactingWord() == null ? "" : doc.enactingWord();
		if (!profile.isAuthorityBeforeGrounds() && doc.enactingAuthority() != null) {
			enacting = upper(doc.enactingAuthority()) + " " + trimEnd(enacting.replace(":", ""));
		}
		if (!enacting.isBlank()) {
			XWPFParagraph p = centred(enacting, profile.getBodySize(), true, false);
			p.setSpacingBefore(120);
			p.setSpacingAfter(120);
		}
		articles(doc.articles());
		signatureBlock(doc);
		doc.appendices().forEach(this::appendix);
	}

	private void section() {
		CTSectPr sect = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
		size.setW(BigInteger.valueOf(twips(profile.getPageWidthMm())));
		size.setH(BigInteger.valueOf(twips(profile.getPageHeightMm())));
		CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
		margins.setTop(BigInteger.valueOf(twips(profile.getMarginTopMm())));
		margins.setBottom(BigInteger.valueOf(twips(profile.getMarginBottomMm())));
		margins.setLeft(BigInteger.valueOf(twips(profile.getMarginLeftMm())));
		margins.setRight(BigInteger.valueOf(twips(profile.getMarginRightMm())));
		margins.setHeader(BigInteger.valueOf(twips(BigDecimal.TEN)));
		margins.setFooter(BigInteger.valueOf(twips(BigDecimal.TEN)));
	}

	private void defaultFont() {
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(profile.getFontName());
		fonts.setHAnsi(profile.getFontName());
		fonts.setCs(profile.getFontName());
		fonts.setEastAsia(profile.getFontName());
		document.createStyles().setDefaultFonts(fonts);
	}

	/** Centred in the top margin, none on page 1 (a first-page header left empty). */
	private void pageNumbers() {
		XWPFHeader first = document.createHeader(HeaderFooterType.FIRST);
		first.createParagraph();
		XWPFHeader others = document.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph p = others.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		XWPFRun run = run(p, "", profile.getPageNumberSize(), false, false);
		run.getCTR().addNewFldChar().setFldCharType(
				org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.BEGIN);
		XWPFRun instr = run(p, "", profile.getPageNumberSize(), false, false);
		instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
		XWPFRun end = run(p, "", profile.getPageNumberSize(), false, false);
		end.getCTR().addNewFldChar().setFldCharType(
				org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType.END);
	}

	private void header(OfficialDocument doc) {
		int split = profile.getHeaderSplitPercent();
		XWPFTable table = layoutTable(2, new int[] { split, 100 - split });
		XWPFTableCell left = table.getRow(0).getCell(0);
		if (doc.parentBody() != null && !doc.parentBody().isBlank()) {
			cellLine(left, upper(doc.parentBody()), profile.getParentSize(), false, false, false);
		}
		XWPFParagraph issuer = cellLine(left, upper(doc.issuerName()), profile.getIssuerSize(), true, false, false);
		if (profile.getIssuerMark() == null) {
			shortRule(left, issuer, 0.33);
		}
		else {
			cellLine(left, profile.getIssuerMark(), profile.getIssuerSize(), false, false, false);
		}
		XWPFTableCell right = table.getRow(0).getCell(1);
		boolean motto = profile.getMotto() != null;
		cellLine(right, profile.getHeaderTitle(), profile.getHeaderTitleSize(), true, false, !motto);
		if (motto) {
			cellLine(right, profile.getMotto(), profile.getMottoSize(), true, false, true);
		}
		cellLine(table.getRow(1).getCell(0), profile.numberLine(doc.number(), doc.draftNumberSuffix()),
				profile.getNumberSize(), false, false, false);
		cellLine(table.getRow(1).getCell(1), profile.dateLine(doc.place(), doc.date()), profile.getDateSize(), false,
				true, false);
	}

	private void titleBlock(OfficialDocument doc) {
		XWPFParagraph kind = centred(upper(doc.kind()), profile.getKindSize(), true, false);
		kind.setSpacingBefore(360);
		XWPFParagraph summary = centred(doc.summary(), profile.getSummarySize(), true, false);
		if (profile.getSummaryMark() == null) {
			XWPFParagraph rule = document.createParagraph();
			ruleUnder(rule, textWidthTwips() , 0.3);
		}
		else {
			centred(profile.getSummaryMark(), profile.getSummarySize(), true, false);
		}
		summary.setSpacingAfter(0);
	}

	private void articles(List<Article> articles) {
		for (int i = 0; i < articles.size(); i++) {
			Article article = articles.get(i);
			boolean lastArticle = i == articles.size() - 1;
			String text = article.text() == null ? "" : article.text();
			// an empty last article ends on its heading: "… kỳ tới./.", not "… kỳ tới ./."
			boolean bare = text.isBlank();
			if (lastArticle && article.paragraphs().isEmpty()) {
				text = ending(text);
			}
			XWPFParagraph p = paragraph();
			run(p, article.heading() + (bare ? "" : " "), profile.getBodySize(), true, false);
			run(p, text, profile.getBodySize(), false, false);
			List<String> paragraphs = article.paragraphs();
			for (int j = 0; j < paragraphs.size(); j++) {
				String line = paragraphs.get(j);
				body(lastArticle && j == paragraphs.size() - 1 ? ending(line) : line, false);
			}
			article.pictures().forEach(this::picture);
		}
	}

	/** The image at the text width (EMU: 635 a twip), its caption in italics, then its table of values. */
	private void picture(Picture picture) {
		XWPFParagraph p = document.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		single(p);
		p.setSpacingBefore(120);
		p.setKeepNext(true);
		long width = (long) textWidthTwips() * 635;
		long height = width * picture.pixelHeight() / picture.pixelWidth();
		try (ByteArrayInputStream png = new ByteArrayInputStream(picture.png())) {
			p.createRun().addPicture(png, Document.PICTURE_TYPE_PNG, "picture-" + (++pictures) + ".png",
					Math.toIntExact(width), Math.toIntExact(height));
		}
		catch (InvalidFormatException | IOException e) {
			throw new IllegalStateException("picture " + picture.caption() + " could not be embedded", e);
		}
		if (picture.caption() != null) {
			XWPFParagraph caption = centred(picture.caption(), profile.getBodySize() - 1, false, true);
			caption.setSpacingAfter(120);
		}
		if (!picture.columns().isEmpty()) {
			dataTable(picture.columns(), List.of(new RowGroup(null, picture.rows())));
			document.createParagraph();
		}
	}

	private void signatureBlock(OfficialDocument doc) {
		XWPFTable table = layoutTable(1, new int[] { 45, 55 });
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFParagraph label = left.getParagraphs().get(0);
		label.setSpacingBefore(240);
		XWPFRun labelRun = run(label, profile.getRecipientsLabel(), profile.getRecipientsLabelSize(),
				!"UNDERLINE".equals(profile.getRecipientsLabelStyle()),
				"BOLD_ITALIC".equals(profile.getRecipientsLabelStyle()));
		if ("UNDERLINE".equals(profile.getRecipientsLabelStyle())) {
			labelRun.setUnderline(UnderlinePatterns.SINGLE);
		}
		for (String recipient : doc.recipients()) {
			XWPFParagraph p = left.addParagraph();
			single(p);
			run(p, "- " + trimEnd(recipient) + profile.getRecipientLineEnd(), profile.getRecipientsSize(), false, false);
		}
		if (doc.archive() != null) {
			XWPFParagraph p = left.addParagraph();
			single(p);
			run(p, profile.archiveLine(doc.archive()), profile.getRecipientsSize(), false, false);
		}
		XWPFTableCell right = table.getRow(0).getCell(1);
		OfficialDocument.Signature signature = doc.signature();
		XWPFParagraph first = right.getParagraphs().get(0);
		first.setSpacingBefore(240);
		boolean direct = signature.authority() == SigningAuthority.DIRECT;
		if (!direct) {
			first.setAlignment(ParagraphAlignment.CENTER);
			single(first);
			run(first, profile.prefix(signature.authority()) + " " + upper(signature.onBehalfOf()),
					profile.getSignatureSize(), true, false);
			cellLine(right, upper(signature.title()), profile.getSignatureSize(), profile.isSignerTitleBold(), false,
					false);
		}
		else {
			first.setAlignment(ParagraphAlignment.CENTER);
			single(first);
			run(first, upper(signature.title()), profile.getSignatureSize(), true, false);
		}
		for (int i = 0; i < 4; i++) {
			cellLine(right, "", profile.getSignatureSize(), false, false, false);
		}
		cellLine(right, signature.name() == null ? "" : signature.name(), profile.getSignatureSize(), true, false,
				false);
	}

	private boolean landscape;

	private int pictures;

	private void appendix(Appendix appendix) {
		if (appendix.landscape() && !landscape) {
			turnLandscape();
		}
		else {
			XWPFParagraph breakBefore = document.createParagraph();
			run(breakBefore, "", profile.getBodySize(), false, false).addBreak(BreakType.PAGE);
		}
		centred(upper(appendix.title()), profile.getBodySize(), true, false);
		if (appendix.subtitle() != null) {
			centred(appendix.subtitle(), profile.getBodySize(), false, true);
		}
		document.createParagraph();
		dataTable(appendix.columns(), appendix.groups());
	}

	/** A bordered table with a repeated header row, each group's heading across it before its rows. */
	private void dataTable(List<Column> columns, List<RowGroup> groups) {
		int[] widths = columns.stream().mapToInt(Column::widthPercent).toArray();
		XWPFTable table = document.createTable(1, columns.size());
		grid(table, widths);
		int size = profile.getBodySize() - 1;
		for (int c = 0; c < columns.size(); c++) {
			XWPFTableCell cell = table.getRow(0).getCell(c);
			XWPFParagraph p = cell.getParagraphs().get(0);
			p.setAlignment(ParagraphAlignment.CENTER);
			run(p, columns.get(c).header(), size, true, false);
		}
		table.getRow(0).setRepeatHeader(true);
		for (RowGroup group : groups) {
			if (group.heading() != null) {
				XWPFTableRow row = table.createRow();
				XWPFTableCell cell = row.getCell(0);
				for (int c = row.getTableCells().size() - 1; c > 0; c--) {
					row.removeCell(c);
				}
				cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns.size()));
				run(cell.getParagraphs().get(0), group.heading(), size, true, false);
			}
			for (List<String> values : group.rows()) {
				XWPFTableRow row = table.createRow();
				while (row.getTableCells().size() < columns.size()) {
					row.addNewTableCell();
				}
				for (int c = 0; c < columns.size(); c++) {
					XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
					p.setAlignment(switch (columns.get(c).align()) {
						case "CENTER" -> ParagraphAlignment.CENTER;
						case "RIGHT" -> ParagraphAlignment.RIGHT;
						default -> ParagraphAlignment.LEFT;
					});
					run(p, c < values.size() && values.get(c) != null ? values.get(c) : "", size, false, false);
				}
			}
		}
	}

	// --- building blocks

	private XWPFTable layoutTable(int rows, int[] percents) {
		XWPFTable table = document.createTable(rows, percents.length);
		grid(table, percents);
		table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
		return table;
	}

	private void grid(XWPFTable table, int[] percents) {
		int total = textWidthTwips();
		table.setTableAlignment(TableRowAlign.CENTER);
		table.setWidth(String.valueOf(total));
		CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout() ? table.getCTTbl().getTblPr().getTblLayout()
				: table.getCTTbl().getTblPr().addNewTblLayout();
		layout.setType(STTblLayoutType.FIXED);
		CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
				: table.getCTTbl().getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int percent : percents) {
			grid.addNewGridCol().setW(BigInteger.valueOf((long) total * percent / 100));
		}
		for (XWPFTableRow row : table.getRows()) {
			for (int c = 0; c < percents.length && c < row.getTableCells().size(); c++) {
				row.getCell(c).setWidth(String.valueOf(total * percents[c] / 100));
			}
		}
	}

	private int textWidthTwips() {
		return twips(landscape ? profile.getPageHeightMm() : profile.getPageWidthMm()) - twips(profile.getMarginLeftMm())
				- twips(profile.getMarginRightMm());
	}

	/**
	 * Ends the portrait section with a paragraph carrying its properties; what follows (the body's own section,
	 * the last one) is printed on landscape pages.
	 */
	private void turnLandscape() {
		CTSectPr body = document.getDocument().getBody().getSectPr();
		XWPFParagraph end = document.createParagraph();
		end.getCTP().addNewPPr().setSectPr((CTSectPr) body.copy());
		CTPageSz size = body.getPgSz();
		size.setW(BigInteger.valueOf(twips(profile.getPageHeightMm())));
		size.setH(BigInteger.valueOf(twips(profile.getPageWidthMm())));
		size.setOrient(org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation.LANDSCAPE);
		landscape = true;
	}

	/** A centred line in a table cell; the cell's first, empty paragraph is used first. */
	private XWPFParagraph cellLine(XWPFTableCell cell, String text, int size, boolean bold, boolean italic,
			boolean underline) {
		XWPFParagraph p = cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()
				&& cell.getParagraphs().get(0).getText().isEmpty() && !cell.getParagraphs().get(0).getCTP().isSetPPr()
						? cell.getParagraphs().get(0) : cell.addParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		single(p);
		XWPFRun run = run(p, text, size, bold, italic);
		if (underline) {
			run.setUnderline(UnderlinePatterns.SINGLE);
		}
		return p;
	}

	/** A rule under {@code above}: a bottom border on an empty paragraph narrowed to a share of the cell. */
	private void shortRule(XWPFTableCell cell, XWPFParagraph above, double share) {
		int width = textWidthTwips() * profile.getHeaderSplitPercent() / 100;
		XWPFParagraph rule = cell.addParagraph();
		ruleUnder(rule, width, share);
	}

	private void ruleUnder(XWPFParagraph rule, int width, double share) {
		int indent = (int) (width * (1 - share) / 2);
		rule.setIndentationLeft(indent);
		rule.setIndentationRight(indent);
		rule.setBorderTop(Borders.SINGLE);
		rule.setSpacingAfter(0);
		rule.setSpacingBefore(0);
		rule.setSpacingBetween(1, LineSpacingRule.AUTO);
		run(rule, "", 4, false, false);
	}

	private XWPFParagraph centred(String text, int size, boolean bold, boolean italic) {
		XWPFParagraph p = document.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		single(p);
		run(p, text, size, bold, italic);
		return p;
	}

	private XWPFParagraph paragraph() {
		XWPFParagraph p = document.createParagraph();
		p.setAlignment(ParagraphAlignment.BOTH);
		p.setIndentationFirstLine(twips(profile.getFirstLineIndentMm()));
		p.setSpacingAfter(profile.getParagraphAfterPt() * 20);
		if (profile.getLineSpacingPt() != null) {
			p.setSpacingBetween(profile.getLineSpacingPt(), LineSpacingRule.EXACT);
		}
		else {
			p.setSpacingBetween(profile.getLineMultiple().doubleValue(), LineSpacingRule.AUTO);
		}
		return p;
	}

	private void body(String text, boolean italic) {
		run(paragraph(), text, profile.getBodySize(), false, italic);
	}

	private static void single(XWPFParagraph p) {
		p.setSpacingAfter(0);
		p.setSpacingBetween(1, LineSpacingRule.AUTO);
	}

	private XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
		XWPFRun run = p.createRun();
		run.setFontFamily(profile.getFontName());
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		if (!text.isEmpty()) {
			run.setText(text);
		}
		return run;
	}

	private String ending(String text) {
		return trimEnd(text) + profile.getBodyEnd();
	}

	private static String trimEnd(String text) {
		String t = text.strip();
		while (t.endsWith(".") || t.endsWith(";") || t.endsWith(",") || t.endsWith("/")) {
			t = t.substring(0, t.length() - 1);
		}
		return t;
	}

	static String upper(String text) {
		return text == null ? "" : text.toUpperCase(VIETNAMESE);
	}

}
