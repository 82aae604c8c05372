/**
 * "Dân vận khéo" models and exemplars: registration with the ten items of the form and typed outcome figures,
 * the lifecycle (registered → implementing → evaluated → recognised, improved, replicated, carried into the next
 * stage or discontinued), stage reviews that hand the honoured ones to commendation as an
 * {@link danvan.exemplar.ExemplarsHonoured} event, the annual counts and the public showcase.
 * <p>
 * Public face to other modules: the root package only, {@link danvan.exemplar.ExemplarsHonoured} and the enums it
 * carries. Sub-packages by use case: {@code catalog}, {@code register} (the aggregate), {@code lifecycle},
 * {@code review}, {@code registry} (lists, export, import), {@code showcase}, {@code demo}; {@code web} holds the
 * screens, the public showcase and the JSON API. Reporting reads the figures through platform's FigureSource.
 */
@ApplicationModule(displayName = "Dân vận khéo", allowedDependencies = { "platform", "org" })
package danvan.exemplar;

import org.springframework.modulith.ApplicationModule;
