package danvan.platform.calendar;

import java.time.LocalDate;
import java.util.List;

import danvan.platform.security.Actor;

/**
 * What a module contributes to the calendar: the deadlines of its records. Declare a bean in the module (as with
 * {@link danvan.platform.figures.FigureSource}). The source applies the reader's grants itself: it returns only the
 * deadlines of records {@code actor} may open, and only those still to be met (done ones are left off). The calendar
 * also drops a deadline whose link's page the reader's roles do not open ({@link danvan.platform.security.PathAccess}).
 */
public interface DeadlineSource {

	/** The open deadlines from {@code from} to {@code to}, both included, that {@code actor} may read. */
	List<Deadline> deadlines(Actor actor, LocalDate from, LocalDate to);

}
