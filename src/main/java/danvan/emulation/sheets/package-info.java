/**
 * Emulation's own spreadsheets on top of the platform sheet toolkit: the blank score sheet, its import, and the province's consolidated sheet import. Internal to the module.
 */
package danvan.emulation.sheets;
