/**
 * Spreadsheets for any module: {@link danvan.platform.sheets.SheetGrid} streams an .xlsx sheet's values and merged
 * regions within a cell limit, {@link danvan.platform.sheets.SheetCells} reads numbers typed with a decimal comma,
 * {@link danvan.platform.sheets.SheetStyles} and {@link danvan.platform.sheets.Sheets} write styled, locked sheets.
 */
package danvan.platform.sheets;
