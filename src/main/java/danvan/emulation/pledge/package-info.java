/**
 * Pledges (đăng ký thi đua): a unit registers its commitment; the board reminds the units that have not. Internal to the module.
 */
package danvan.emulation.pledge;
