/**
 * "Dân vận khéo" models and exemplars: registration with the ten items of the form and typed outcome figures,
 * the lifecycle (registered → implementing → evaluated → recognised, improved, replicated, carried into the next
 * stage or discontinued), stage reviews that hand the honoured ones to commendation as an
 * {@link danvan.exemplar.ExemplarsHonoured} event, the annual counts and the public showcase.
 * <p>
 * Public face: {@link danvan.exemplar.Exemplar} and its services, enums and records; repositories are
 * package-private, {@code web} holds the screens, the showcase and the JSON API.
 */
@ApplicationModule(displayName = "Dân vận khéo", allowedDependencies = { "platform", "org" })
package danvan.exemplar;

import org.springframework.modulith.ApplicationModule;
