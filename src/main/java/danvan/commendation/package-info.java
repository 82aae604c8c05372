/**
 * Commendation (khen thưởng): issuers with their name history, the award catalogue with prize coefficients and
 * eligibility rules as data, nominations with dossiers, numbered decisions printed in the official layout, and
 * the registry of every award.
 */
@ApplicationModule(displayName = "Khen thưởng", allowedDependencies = { "platform", "org", "emulation", "exemplar" })
package danvan.commendation;

import org.springframework.modulith.ApplicationModule;
