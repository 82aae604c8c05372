/**
 * The lists: filters, sorting, accent-insensitive search, totals, and the Excel export and all-or-nothing import
 * in the boards' layout. Internal to the module.
 */
package danvan.exemplar.registry;
