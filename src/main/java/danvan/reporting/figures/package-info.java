/** The figures of every module's indicators for one unit and period, as a page and an API. */
package danvan.reporting.figures;
