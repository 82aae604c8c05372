/**
 * The catalogue as data: fields, outcome indicators with their units and ceilings, stages with their conference
 * dates, and the board's evaluation criteria. Internal to the module.
 */
package danvan.exemplar.catalog;
