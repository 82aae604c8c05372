package danvan.platform.files;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file danvan accepts, recognised by their content, never by the name alone. */
public enum FileKind {

	PDF("application/pdf", "pdf"), DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"docx"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	DOC("application/msword", "doc"), XLS("application/vnd.ms-excel", "xls"), PNG("image/png", "png"),
	JPEG("image/jpeg", "jpg", "jpeg"), GIF("image/gif", "gif"), WEBP("image/webp", "webp");

	public static final List<FileKind> DOCUMENTS = List.of(PDF, DOCX, XLSX, DOC, XLS);

	public static final List<FileKind> IMAGES = List.of(PNG, JPEG, GIF, WEBP);

	private final String contentType;

	private final List<String> extensions;

	FileKind(String contentType, String... extensions) {
		this.contentType = contentType;
		this.extensions = List.of(extensions);
	}

	public String contentType() {
		return contentType;
	}

	public List<String> extensions() {
		return extensions;
	}

	static Optional<FileKind> byExtension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		for (FileKind kind : values()) {
			if (kind.extensions.contains(extension)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

}
