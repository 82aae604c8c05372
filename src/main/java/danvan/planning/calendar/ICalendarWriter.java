package danvan.planning.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import danvan.platform.AppClock;

/**
 * RFC 5545 text for a subscribed calendar: times in UTC, deadlines as whole days, text escaped and lines folded at
 * 75 octets (the spec's limit, counted in UTF-8 so Vietnamese letters are not split).
 */
final class ICalendarWriter {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	private ICalendarWriter() {
	}

	static String write(String name, List<CalendarEntry> entries, String baseUrl, Instant now) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//danvan//planning//VI");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + escape(name));
		line(out, "X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
		for (CalendarEntry e : entries) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + e.uid() + "@danvan");
			line(out, "DTSTAMP:" + UTC.format(now));
			if (e.allDay()) {
				line(out, "DTSTART;VALUE=DATE:" + DAY.format(e.start()));
				line(out, "DTEND;VALUE=DATE:" + DAY.format(e.start().plusDays(1)));
			}
			else {
				line(out, "DTSTART:" + UTC.format(e.start().atZone(AppClock.VIETNAM)));
				line(out, "DTEND:" + UTC.format(e.end().atZone(AppClock.VIETNAM)));
			}
			line(out, "SUMMARY:" + escape(e.title()));
			if (e.place() != null && !e.place().isBlank()) {
				line(out, "LOCATION:" + escape(e.place()));
			}
			if (e.link() != null) {
				line(out, "URL:" + baseUrl + e.link());
			}
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
			.replace("\r", "");
	}

	/** Appends a content line folded to 75 octets, continuation lines starting with a space. */
	private static void line(StringBuilder out, String content) {
		int octets = 0;
		int i = 0;
		while (i < content.length()) {
			int cp = content.codePointAt(i);
			int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(cp);
			octets += size;
			i += Character.charCount(cp);
		}
		out.append("\r\n");
	}

}
