/**
 * The public showcase's read of recognised exemplars by field, unit and stage. Internal to the module.
 */
package danvan.exemplar.showcase;
