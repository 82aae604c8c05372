/**
 * Direct dialogues (đối thoại trực tiếp) and the citizens' petitions (kiến nghị, phản ánh) heard there, tracked
 * to an answer within working-day time limits that are data ({@code dialogue_deadline_rule}) counted on the
 * platform's working-day calendar.
 * <p>
 * The root holds the dialogues themselves ({@link danvan.dialogue.Dialogue}, its service and repository) and the
 * access rule every part shares ({@link danvan.dialogue.DialogueAccess}). By use case: {@code petition} (the
 * petition, its steps and workflow, the public form, receipts, reply-date reminders and calendar entries),
 * {@code reception} (reception days), {@code register} (the Mẫu 03/TCD register and its files), {@code deadline}
 * (the working-day time limits), {@code figures} (the module's indicators), {@code demo} and {@code web} (screens
 * and the JSON API). Sub-packages are internal to the module: other modules reach it only through the platform's
 * interfaces it implements (figure source, dashboard tasks, deadline source).
 */
@ApplicationModule(displayName = "Đối thoại, kiến nghị", allowedDependencies = { "platform", "org" })
package danvan.dialogue;

import org.springframework.modulith.ApplicationModule;
