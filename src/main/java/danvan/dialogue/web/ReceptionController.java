package danvan.dialogue.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.dialogue.petition.PetitionService;
import danvan.dialogue.reception.ReceptionDay;
import danvan.dialogue.reception.ReceptionDraft;
import danvan.dialogue.reception.ReceptionService;
import danvan.org.OrgDirectory;
import danvan.dialogue.DialogueAccess;
import danvan.org.UnitPicker;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

/** Citizen-reception days: the year's days with each head's month checked against the minimum, scheduling, holding. */
@Controller
@RequestMapping("/dialogue/reception")
class ReceptionController {

	private final ReceptionService receptions;

	private final PetitionService petitions;

	private final UnitPicker units;

	private final DialogueAccess access;

	private final OrgDirectory org;

	private final Flash flash;

	ReceptionController(ReceptionService receptions, PetitionService petitions, UnitPicker units, DialogueAccess access, OrgDirectory org,
			Flash flash) {
		this.receptions = receptions;
		this.petitions = petitions;
		this.units = units;
		this.access = access;
		this.org = org;
		this.flash = flash;
	}

	@ModelAttribute("unitNames")
	OrgDirectory unitNames() {
		return org;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping
	String list(@RequestParam(required = false) Integer year, Model model) {
		Actor actor = CurrentActor.require();
		int y = year == null || year < 2000 || year > 2100 ? receptions.today().getYear() : year;
		List<ReceptionDay> days = receptions.list(actor, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
		model.addAttribute("year", y);
		model.addAttribute("days", days);
		model.addAttribute("checks", receptions.monthChecks(days));
		model.addAttribute("canCreate", !units.activeFor(actor, access::canHandle).isEmpty());
		return "dialogue/reception/list";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@GetMapping("/new")
	String createForm(Model model) {
		return form(model, new ReceptionDraft(null, null, null, ReceptionDay.Kind.IN_PERSON, receptions.today(), null),
				null);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@PostMapping
	String create(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String levelCode,
			@RequestParam(required = false) String headName, @RequestParam(required = false) ReceptionDay.Kind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate scheduledOn,
			@RequestParam(required = false) String place, Model model, RedirectAttributes redirect) {
		ReceptionDraft draft = new ReceptionDraft(unitId, levelCode, headName, kind, scheduledOn, place);
		try {
			ReceptionDay day = receptions.schedule(CurrentActor.require(), draft);
			flash.add(redirect, "dialogue.reception.saved");
			return "redirect:/dialogue/reception/" + day.getId();
		}
		catch (RuleViolationException e) {
			return form(model, draft, e);
		}
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/{id}")
	String detail(@PathVariable Long id, Model model) {
		Actor actor = CurrentActor.require();
		ReceptionDay day = receptions.get(actor, id);
		model.addAttribute("day", day);
		model.addAttribute("cases", petitions.ofReceptionDay(actor, id));
		model.addAttribute("canHandle", receptions.canHandle(actor, day.getUnitId()));
		model.addAttribute("today", receptions.today());
		return "dialogue/reception/detail";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/{id}/held")
	String held(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) String receivedBy,
			@RequestParam(required = false) Integer cases, @RequestParam(required = false) Integer visitors,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return move(id, redirect, "held",
				() -> receptions.held(CurrentActor.require(), id, version, receivedBy, cases, visitors, note));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/{id}/not-held")
	String notHeld(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return move(id, redirect, "notHeld", () -> receptions.notHeld(CurrentActor.require(), id, version, note));
	}

	private String move(Long id, RedirectAttributes redirect, String move, Runnable work) {
		try {
			work.run();
			flash.add(redirect, "dialogue.reception.moved." + move);
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("moveProblem", flash.text(e.messageKey(), e.arguments()));
			redirect.addFlashAttribute("problemField", e.field());
		}
		return "redirect:/dialogue/reception/" + id;
	}

	private String form(Model model, ReceptionDraft draft, RuleViolationException problem) {
		model.addAttribute("draft", draft);
		model.addAttribute("levels", receptions.levels());
		model.addAttribute("kinds", ReceptionDay.Kind.values());
		model.addAttribute("unitOptions", units.activeFor(CurrentActor.require(), access::canHandle));
		if (problem != null) {
			model.addAttribute("problemField", problem.field());
			model.addAttribute("problem", flash.text(problem.messageKey(), problem.arguments()));
		}
		return "dialogue/reception/form";
	}

}
