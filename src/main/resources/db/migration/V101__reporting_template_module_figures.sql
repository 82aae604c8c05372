-- The periodic report's template now carries the figures of the modules that have landed: dialogues, petitions
-- and reception days, "Dân vận khéo" exemplars and commendations in part II (the political system's work);
-- inspections, directives, meetings, targets and tasks in part III (the board's own activity).
update reporting_template_section set figure_codes =
 'emulation.movements.organised,emulation.participants,emulation.assessments.submitted,'
 || 'exemplar.registered,exemplar.recognised,exemplar.typical,exemplar.honoured,exemplar.outcome.money,'
 || 'commendation.awards.collectives,commendation.awards.individuals,'
 || 'dialogue.dialogues.comprehensive,dialogue.dialogues.thematic,dialogue.dialogues.attendance,'
 || 'dialogue.opinions.raised,dialogue.opinions.on-the-spot,dialogue.opinions.forwarded,dialogue.opinions.answered,'
 || 'dialogue.opinions.overdue,dialogue.reception.scheduled,dialogue.reception.held'
where kind_code = 'PERIODIC' and sort_order = 2;

update reporting_template_section set figure_codes =
 'oversight.inspections.planned,oversight.inspections.done,oversight.inspections.form.surprise,'
 || 'oversight.recommendations.issued,oversight.recommendations.accepted,oversight.recommendations.overdue,'
 || 'oversight.directives.issued,oversight.directives.units-done,oversight.directives.units-late,'
 || 'planning.meetings.conference,planning.meetings.bloc-meeting,planning.meetings.training,planning.meetings.attendees,'
 || 'planning.bloc-meetings.due,planning.bloc-meetings.held,planning.targets.met,planning.targets.behind,'
 || 'planning.tasks.done,planning.tasks.overdue'
where kind_code = 'PERIODIC' and sort_order = 3;
