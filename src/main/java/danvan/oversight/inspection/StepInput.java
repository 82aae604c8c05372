package danvan.oversight.inspection;

import java.time.LocalDate;

import org.springframework.web.multipart.MultipartFile;

/**
 * What one step records: the day (self-assessment report received, end of the working sessions, conclusion),
 * the conclusion's number and texts when closing, a note and the document filed.
 */
public record StepInput(LocalDate on, String number, String strengths, String shortcomings, String causes, String note,
		MultipartFile document) {

	public static StepInput on(LocalDate on, String note) {
		return new StepInput(on, null, null, null, null, note, null);
	}

}
