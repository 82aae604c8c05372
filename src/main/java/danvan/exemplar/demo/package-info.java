/**
 * Forty demo exemplars across the two stages, the same the portal's articles name. Internal to the module.
 */
package danvan.exemplar.demo;
