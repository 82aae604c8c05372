/**
 * Direct dialogues (đối thoại trực tiếp) and the citizens' petitions (kiến nghị, phản ánh) heard there, tracked
 * to an answer within working-day time limits that are data ({@code dialogue_deadline_rule}) counted on the
 * platform's working-day calendar.
 * <p>
 * Public face: {@link danvan.dialogue.Dialogue}, {@link danvan.dialogue.Petition} and their services and enums;
 * repositories are package-private, {@code web} holds the screens and the JSON API.
 */
@ApplicationModule(displayName = "Đối thoại, kiến nghị", allowedDependencies = { "platform", "org" })
package danvan.dialogue;

import org.springframework.modulith.ApplicationModule;
