/**
 * The working-day calendar: weekends and Vietnam's official days off, with their compensatory days and make-up
 * working Saturdays, kept as data (table {@code platform_calendar_day}, each row with its legal basis), and
 * deadlines counted in working days from it.
 * <p>
 * Also the extension point modules contribute their records' deadlines through: a
 * {@link danvan.platform.calendar.DeadlineSource} bean returns {@link danvan.platform.calendar.Deadline}s the reader may
 * see, and the planning calendar shows them with its meetings and tasks.
 */
package danvan.platform.calendar;
