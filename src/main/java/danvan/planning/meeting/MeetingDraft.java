package danvan.planning.meeting;

import java.time.LocalDateTime;

public record MeetingDraft(Meeting.Kind kind, String title, LocalDateTime startsAt, LocalDateTime endsAt, String place,
		boolean online, String chairName, String agenda, String courseContent) {
}
