/**
 * Plans and targets, progress rolled up the organisation tree, meetings with attendance and conclusion tasks,
 * and the calendar with its iCalendar feed.
 * <p>
 * {@code plan}: plans, their tree of tasks and targets split to units, progress per period (periods are data) and
 * the roll-up; {@code meeting}: conferences, bloc meetings, working sessions and trainings; {@code calendar}: the
 * month and list views and the feed; {@code web}: screens and the JSON API.
 */
@ApplicationModule(displayName = "Kế hoạch, chỉ tiêu, hội họp", allowedDependencies = { "platform", "org" })
package danvan.planning;

import org.springframework.modulith.ApplicationModule;
