/**
 * Standings, published result revisions with their history, and the results' Excel and PDF exports. Internal to the module.
 */
package danvan.emulation.results;
