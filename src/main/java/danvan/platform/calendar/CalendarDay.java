package danvan.platform.calendar;

import java.time.LocalDate;

/**
 * One exception to the Monday-to-Friday week: an official day off ({@code OFF}, including compensatory days) or a
 * make-up working day on a weekend ({@code WORKING}), with the text that decided it.
 */
public record CalendarDay(LocalDate day, Kind kind, String name, String legalBasis) implements java.io.Serializable {

	public enum Kind {

		OFF, WORKING

	}

}
