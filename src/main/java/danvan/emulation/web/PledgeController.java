package danvan.emulation.web;

import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.UNIT;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.emulation.movement.MovementService;
import danvan.emulation.pledge.Pledge;
import danvan.emulation.pledge.PledgeService;
import danvan.org.OrgDirectory;
import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.RuleViolationException;

/** A unit's pledge for a movement, and the board's reminder to units that have not pledged. */
@Controller
@RequestMapping("/emulation/movements/{id}")
class PledgeController {

	private final PledgeService pledges;

	private final MovementService movements;

	private final OrgDirectory org;

	private final Messages messages;

	PledgeController(PledgeService pledges, MovementService movements, OrgDirectory org, Messages messages) {
		this.pledges = pledges;
		this.movements = movements;
		this.org = org;
		this.messages = messages;
	}

	@Access(roles = UNIT_OFFICER, scope = UNIT, unit = "unitId")
	@GetMapping("/units/{unitId}/pledge")
	String form(@PathVariable Long id, @PathVariable Long unitId, Model model) {
		Pledge pledge = pledges.byUnit(id).get(unitId);
		model.addAttribute("movement", movements.get(id));
		model.addAttribute("unitId", unitId);
		model.addAttribute("unitName", org.nameOf(unitId).orElse(""));
		model.addAttribute("commitment", pledge == null ? "" : pledge.getCommitment());
		model.addAttribute("targetTitle", pledge == null ? "" : pledge.getTargetTitle());
		return "emulation/movements/pledge";
	}

	@Access(roles = UNIT_OFFICER, scope = UNIT, unit = "unitId")
	@PostMapping("/units/{unitId}/pledge")
	String pledge(@PathVariable Long id, @PathVariable Long unitId, @RequestParam(required = false) String commitment,
			@RequestParam(required = false) String targetTitle, RedirectAttributes redirect) {
		try {
			pledges.pledge(CurrentActor.require(), id, unitId, commitment, targetTitle);
			redirect.addFlashAttribute("flash", messages.get("emulation.pledge.saved"));
			return "redirect:/emulation/movements/" + id;
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("problem", messages.get(e.messageKey(), e.arguments()));
			return "redirect:/emulation/movements/" + id + "/units/" + unitId + "/pledge";
		}
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@PostMapping("/pledges/remind")
	String remind(@PathVariable Long id, RedirectAttributes redirect) {
		int units = pledges.remindMissing(CurrentActor.require(), id);
		redirect.addFlashAttribute("flash", messages.get("emulation.pledge.reminded", units));
		return "redirect:/emulation/movements/" + id;
	}

}
