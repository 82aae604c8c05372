/**
 * Emulation movements (phong trào thi đua): versioned scoring scales, participants and clusters,
 * self-assessment with evidence, the review chain, ranking and published results.
 * <p>
 * The module's public face is this package: its events ({@link danvan.emulation.AssessmentForwarded},
 * {@link danvan.emulation.ResultsPublished}, {@link danvan.emulation.NominationsRequested}),
 * {@link danvan.emulation.Points} and {@link danvan.emulation.EmulationAccess}. The use cases live in internal
 * sub-packages — {@code movement}, {@code scale}, {@code assessment} (self-assessment and the review chain),
 * {@code results}, {@code sheets} (imports and exports on the platform sheet toolkit), {@code pledge},
 * {@code demo} — and {@code web} holds the controllers.
 */
@ApplicationModule(displayName = "Thi đua", allowedDependencies = { "platform", "org", "identity" })
package danvan.emulation;

import org.springframework.modulith.ApplicationModule;
