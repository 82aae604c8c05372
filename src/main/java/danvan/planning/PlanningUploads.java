package danvan.planning;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import danvan.platform.files.FileKind;
import danvan.platform.files.FileRules;
import danvan.platform.files.FileStore;
import danvan.platform.web.RuleViolationException;

/**
 * The one place planning stores an uploaded paper (a plan's document, a conclusion notice, a meeting's agenda,
 * invitation or minutes): PDF or Word, checked by content, at most {@value #MAX_MEGABYTES} MB; a refusal is
 * reported on the form's field, in Vietnamese, and nothing is stored.
 */
@Component
public class PlanningUploads {

	public static final int MAX_MEGABYTES = 20;

	static final FileRules PAPERS = FileRules.of(List.of(FileKind.PDF, FileKind.DOCX, FileKind.DOC), MAX_MEGABYTES);

	private final FileStore files;

	PlanningUploads(FileStore files) {
		this.files = files;
	}

	/** Stores the upload and returns the stored file's id; a missing file is refused with {@code requiredKey}. */
	public Long store(MultipartFile upload, String field, String requiredKey) {
		if (upload == null || upload.isEmpty()) {
			throw RuleViolationException.onField(field, requiredKey);
		}
		try {
			return files.store(upload, PAPERS).getId();
		}
		catch (RuleViolationException e) {
			throw RuleViolationException.onField(field, e.messageKey(), e.arguments());
		}
	}

}
