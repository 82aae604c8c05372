package danvan.planning.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.org.OrgDirectory;
import danvan.planning.meeting.BlocMeetingCheck;
import danvan.planning.meeting.Meeting;
import danvan.planning.meeting.MeetingService;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.FormErrors;
import danvan.platform.web.RuleViolationException;

/** Meetings: the list with filters, a meeting's page, the form, and the bloc meetings due per quarter. */
@Controller
@RequestMapping("/planning/meetings")
class MeetingController {

	static final int PAGE_SIZE = 50;

	private final MeetingService meetings;

	private final BlocMeetingCheck blocs;

	private final UnitOptions units;

	private final OrgDirectory org;

	private final Flash flash;

	MeetingController(MeetingService meetings, BlocMeetingCheck blocs, UnitOptions units, OrgDirectory org, Flash flash) {
		this.meetings = meetings;
		this.blocs = blocs;
		this.units = units;
		this.org = org;
		this.flash = flash;
	}

	@ModelAttribute("unitNames")
	OrgDirectory unitNames() {
		return org;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping
	String list(@RequestParam(required = false) Long unit, @RequestParam(required = false) Meeting.Kind kind,
			@RequestParam(required = false) Meeting.Status status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		Actor actor = CurrentActor.require();
		var paged = meetings.page(actor, new MeetingService.Filter(unit, kind, status, from, to, q),
				PageRequest.of(Math.max(0, Math.min(page, 100_000)), PAGE_SIZE));
		var found = paged.getContent();
		model.addAttribute("page", paged);
		model.addAttribute("meetings", found);
		model.addAttribute("attendees", meetings.attendees(found.stream().map(Meeting::getId).toList()));
		model.addAttribute("unit", unit);
		model.addAttribute("kind", kind);
		model.addAttribute("status", status);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("q", q);
		model.addAttribute("kinds", Meeting.Kind.values());
		model.addAttribute("statuses", Meeting.Status.values());
		model.addAttribute("unitOptions", units.readable(actor));
		model.addAttribute("canCreate", !units.handled(actor).isEmpty());
		return "planning/meetings/list";
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/bloc-check")
	String blocCheck(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year, Model model) {
		Actor actor = CurrentActor.require();
		int y = year == null || year < 2000 || year > 2100 ? meetings.today().getYear() - 1 : year;
		Long root = unit != null && units.readable(actor).stream().anyMatch(u -> u.id().equals(unit)) ? unit : null;
		var rows = blocs.check(root, y, meetings.today())
			.stream()
			.filter(r -> units.readable(actor).stream().anyMatch(u -> u.id().equals(r.unit().id())))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("missed", rows.stream().filter(r -> !r.held()).toList());
		model.addAttribute("year", y);
		model.addAttribute("unit", root);
		model.addAttribute("unitOptions", units.readable(actor));
		return "planning/meetings/bloc-check";
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/{id}")
	String detail(@PathVariable Long id, Model model) {
		Actor actor = CurrentActor.require();
		Meeting meeting = meetings.get(actor, id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("invitations", meetings.invitations(id));
		boolean handles = meetings.canHandle(actor, meeting);
		// the invited see their own people on the list; the organiser sees everyone
		model.addAttribute("attendance", meetings.attendance(id).stream()
			.filter(a -> handles || (a.getUnitId() != null && units.canRead(actor, a.getUnitId())))
			.toList());
		model.addAttribute("groups", meetings.groups(id));
		model.addAttribute("tasks", meetings.tasks(id));
		model.addAttribute("documents", meetings.documents(actor, id));
		model.addAttribute("documentKinds", danvan.planning.meeting.MeetingDocument.Kind.values());
		model.addAttribute("attendees", meetings.attendees(id));
		model.addAttribute("today", meetings.today());
		model.addAttribute("canHandle", meetings.canHandle(actor, meeting));
		model.addAttribute("allUnits", units.all());
		model.addAttribute("presences", danvan.planning.meeting.Attendance.Presence.values());
		java.time.LocalDate day = meeting.getStartsAt().toLocalDate();
		var officials = !handles ? java.util.List.<OrgDirectory.OfficialRef>of() : meetings.invitations(id).stream()
			.flatMap(i -> org.officialsIn(i.getUnitId(), day).stream())
			.distinct()
			.toList();
		model.addAttribute("officialOptions", officials);
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		meetings.invitations(id).stream().filter(i -> i.getOfficialId() != null)
			.forEach(i -> names.put(i.getOfficialId(), org.official(i.getOfficialId()).map(OrgDirectory.OfficialRef::fullName).orElse("")));
		model.addAttribute("officialNames", names);
		return "planning/meetings/detail";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@GetMapping("/new")
	String createForm(Model model) {
		MeetingForm form = new MeetingForm();
		form.setKind(Meeting.Kind.WORKING_SESSION);
		form.setStartsAt(meetings.today().plusDays(1).atTime(8, 0));
		form.setEndsAt(meetings.today().plusDays(1).atTime(11, 0));
		return form(model, form, null);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@PostMapping
	String create(@Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, form, null);
		}
		try {
			Meeting meeting = meetings.create(CurrentActor.require(), form.getOrganiserUnitId(), form.draft());
			flash.add(redirect, "planning.meeting.saved");
			return "redirect:/planning/meetings/" + meeting.getId();
		}
		catch (RuleViolationException e) {
			FormErrors.reject(result, e);
			return form(model, form, null);
		}
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		return form(model, MeetingForm.of(meetings.editable(CurrentActor.require(), id)), id);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		meetings.editable(CurrentActor.require(), id);
		if (result.hasErrors()) {
			return form(model, form, id);
		}
		try {
			meetings.update(CurrentActor.require(), id, form.getVersion(), form.draft());
			flash.add(redirect, "planning.meeting.saved");
			return "redirect:/planning/meetings/" + id;
		}
		catch (RuleViolationException e) {
			FormErrors.reject(result, e);
			return form(model, form, id);
		}
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		meetings.cancel(CurrentActor.require(), id, version);
		flash.add(redirect, "planning.meeting.cancelled");
		return "redirect:/planning/meetings/" + id;
	}

	private String form(Model model, MeetingForm form, Long id) {
		model.addAttribute("form", form);
		model.addAttribute("meetingId", id);
		model.addAttribute("kinds", Meeting.Kind.values());
		model.addAttribute("unitOptions", units.handled(CurrentActor.require()));
		return "planning/meetings/form";
	}

}
