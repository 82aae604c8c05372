package danvan.org;

import java.time.LocalDate;

/** The fields of an official as a user sets them. */
public record OfficialDraft(String fullName, Gender gender, LocalDate birthDate, String phone, String email,
		Long unitId, String position) {
}
