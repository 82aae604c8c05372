package danvan.platform.calendar;

import java.time.LocalDate;

/**
 * One exception to the Monday-to-Friday week: an official day off ({@code OFF}, including compensatory days) or a
 * make-up working day on a weekend ({@code WORKING}), with the text that decided it; {@code confirmed} false for a
 * day entered before its official notice was read.
 */
public record CalendarDay(LocalDate day, Kind kind, String name, String legalBasis, boolean confirmed)
		implements java.io.Serializable {

	/** A day entered from its notice. */
	public CalendarDay(LocalDate day, Kind kind, String name, String legalBasis) {
		this(day, kind, name, legalBasis, true);
	}

	public enum Kind {

		OFF, WORKING

	}

}
