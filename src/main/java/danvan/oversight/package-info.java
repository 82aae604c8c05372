/**
 * Inspections and supervisions (kiểm tra, giám sát) in the three steps of Quyết định 89-QĐ/TW, their
 * recommendations followed to acceptance with escalation, directives disseminated and implemented unit by unit,
 * the annual plans, and the grassroots-democracy steering committee the records are tied to.
 * <p>
 * Sub-packages by use case: {@code inspection} (inspections, steps, recommendations), {@code directive},
 * {@code plan}; {@code web} holds the screens and the JSON API. Day counts are data ({@code oversight_rule}).
 */
@ApplicationModule(displayName = "Kiểm tra, giám sát, quán triệt", allowedDependencies = { "platform", "org" })
package danvan.oversight;

import org.springframework.modulith.ApplicationModule;
