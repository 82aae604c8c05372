/**
 * The demonstration movements, scales, assessments, reviews and results loaded in demo mode. Internal to the module.
 */
package danvan.emulation.demo;
