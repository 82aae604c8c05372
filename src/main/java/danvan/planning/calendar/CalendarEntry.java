package danvan.planning.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One thing on a calendar: a meeting (with a time) or a deadline (a whole day). {@code kind} names the message key
 * suffix (MEETING_CONFERENCE, PLAN_TASK, MEETING_TASK, REPORTING), or is the whole message key of another module's
 * deadline ({@code dialogue.deadline.petition-reply}).
 */
public record CalendarEntry(String uid, String kind, String title, LocalDateTime start, LocalDateTime end,
		boolean allDay, String place, String link) {

	public LocalDate day() {
		return start.toLocalDate();
	}

	public String getKind() {
		return kind;
	}

	/** The message key of the kind's name. */
	public String getKindKey() {
		return kind.contains(".") ? kind : "planning.calendar.kind." + kind;
	}

	public String getTitle() {
		return title;
	}

	public LocalDateTime getStart() {
		return start;
	}

	public boolean isAllDay() {
		return allDay;
	}

	public String getPlace() {
		return place;
	}

	public String getLink() {
		return link;
	}

}
