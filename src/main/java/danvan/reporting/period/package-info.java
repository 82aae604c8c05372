/**
 * Reporting periods and their cut-off dates as data: calendar periods or the government's 15th-to-14th windows,
 * per report kind, for compiling, the reporting calendar and the figures' from and to.
 */
package danvan.reporting.period;
