/**
 * Movements: the aggregate with its participants, clusters, review steps and status changes; the board's dashboard and the home page's emulation tasks. Internal to the module.
 */
package danvan.emulation.movement;
