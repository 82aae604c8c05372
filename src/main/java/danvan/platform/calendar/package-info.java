/**
 * The working-day calendar: weekends and Vietnam's official days off, with their compensatory days and make-up
 * working Saturdays, kept as data (table {@code platform_calendar_day}, each row with its legal basis), and
 * deadlines counted in working days from it.
 */
package danvan.platform.calendar;
