/**
 * Emulation movements (phong trào thi đua): versioned scoring scales, participants and clusters,
 * self-assessment with evidence, the review chain, ranking and published results.
 */
@ApplicationModule(displayName = "Thi đua", allowedDependencies = { "platform", "org", "identity" })
package danvan.emulation;

import org.springframework.modulith.ApplicationModule;
