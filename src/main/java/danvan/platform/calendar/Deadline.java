package danvan.platform.calendar;

import java.time.LocalDate;

/**
 * A date by which something is due in a module's records (a petition's reply, a recommendation's report, a
 * directive's dissemination), as shown on the planning calendar and in the iCalendar feed.
 *
 * @param uid stable within the source, for the feed (say {@code petition-reply-12})
 * @param labelKey the message key of the kind's short name (the badge: "Hạn trả lời kiến nghị")
 * @param title what is due, in the record's own words
 * @param due the day it is due
 * @param unitId the unit that must act, for narrowing the calendar to a unit's subtree
 * @param link the page where it is dealt with
 */
public record Deadline(String uid, String labelKey, String title, LocalDate due, Long unitId, String link) {
}
