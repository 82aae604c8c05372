/**
 * Periodic reports compiled from the indicator figures: a kind's template (sections and the indicators each
 * carries) filled for a unit and period, narratives written around the figures, overrides with their note,
 * the unit-to-board workflow (draft, submitted, returned, accepted) and the Party-layout DOCX and PDF.
 */
package danvan.reporting.report;
