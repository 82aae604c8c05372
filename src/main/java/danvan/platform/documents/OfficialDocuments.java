package danvan.platform.documents;

import org.springframework.stereotype.Service;

/**
 * Renders official documents: the same {@link OfficialDocument} to DOCX (Word, fonts named) and to PDF (fonts
 * embedded) in a {@link LayoutProfile}. Reporting and every module that issues documents use this.
 */
@Service
public class OfficialDocuments {

	public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public byte[] docx(OfficialDocument document, LayoutProfile profile) {
		return DocxRenderer.render(document, profile);
	}

	public byte[] pdf(OfficialDocument document, LayoutProfile profile) {
		return PdfRenderer.render(document, profile);
	}

	/** Pages at their exact paper size with texts placed in millimetres: certificates, printed forms. */
	public byte[] sheets(java.util.List<PrintedSheet> sheets) {
		return SheetPdfRenderer.render(sheets);
	}

}
