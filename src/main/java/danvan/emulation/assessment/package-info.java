/**
 * A unit's self-assessment with scores and evidence, the review chain that forwards, returns or approves it, and the notices each move posts to the platform inbox. Internal to the module.
 */
package danvan.emulation.assessment;
