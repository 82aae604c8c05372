/**
 * Versioned scoring scales: the tree of groups and criteria, thresholds, checks and the diff between versions. Internal to the module.
 */
package danvan.emulation.scale;
