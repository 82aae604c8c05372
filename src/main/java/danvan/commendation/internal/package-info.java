/**
 * Small helpers shared by the module's use cases. Internal to the module.
 */
package danvan.commendation.internal;
