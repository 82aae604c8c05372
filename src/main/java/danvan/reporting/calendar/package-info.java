/**
 * The board's reporting calendar: calls for reports (kind, period, units, deadline), who has and has not
 * submitted, late ones flagged and reminded, the submitted reports read side by side.
 */
package danvan.reporting.calendar;
