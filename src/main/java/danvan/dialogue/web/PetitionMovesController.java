package danvan.dialogue.web;

import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.dialogue.petition.PetitionService;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

/**
 * A petition's moves from its page: forward, accept, guide, refuse, answer, close, reopen. A refused move goes back
 * to the page with its message under the field and what was typed.
 */
@Controller
@RequestMapping("/dialogue/petitions")
class PetitionMovesController {

	private final PetitionService petitions;

	private final Flash flash;

	PetitionMovesController(PetitionService petitions, Flash flash) {
		this.petitions = petitions;
		this.flash = flash;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/{id}/{move}")
	String move(@PathVariable Long id, @PathVariable String move, @RequestParam long version,
			@RequestParam(required = false) Long agencyUnitId, @RequestParam(required = false) String referralNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referralDate,
			@RequestParam(required = false) String answer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answeredOn,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		try {
			switch (move) {
				case "forward" -> petitions.forward(actor, id, version, agencyUnitId, referralNumber, referralDate, note);
				case "accept" -> petitions.accept(actor, id, version, note);
				case "guide" -> petitions.guide(actor, id, version, note);
				case "refuse" -> petitions.refuse(actor, id, version, note);
				case "answer" -> petitions.answer(actor, id, version, answer, answeredOn);
				case "close" -> petitions.close(actor, id, version, note);
				case "reopen" -> petitions.reopen(actor, id, version, note);
				default -> throw new danvan.platform.web.NotFoundException("error.notFound");
			}
			flash.add(redirect, "dialogue.petition.moved." + move);
		}
		catch (RuleViolationException e) {
			flash.problem(redirect, move, e);
		}
		return "redirect:/dialogue/petitions/" + id;
	}

}
