package danvan.exemplar.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.exemplar.ExemplarKind;
import danvan.exemplar.catalog.ExemplarCatalog;
import danvan.exemplar.register.ExemplarAccess;
import danvan.exemplar.review.AnnualReview;
import danvan.exemplar.review.StageReviews;
import danvan.org.OrgDirectory;
import danvan.platform.figures.FigureQuery;
import danvan.platform.figures.Figures;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;

/** Stage reviews (with honouring and the hand-off to commendation), the annual review and the figures. */
@Controller
@RequestMapping("/exemplar")
class ExemplarReviewController {

	private final StageReviews stages;

	private final AnnualReview annual;

	private final ExemplarCatalog catalog;

	private final ExemplarAccess access;

	private final ExemplarChoices choices;

	private final Figures figures;

	private final OrgDirectory org;

	private final Flash flash;

	private final java.time.Clock clock;

	ExemplarReviewController(StageReviews stages, AnnualReview annual, ExemplarCatalog catalog, ExemplarAccess access,
			ExemplarChoices choices, Figures figures, OrgDirectory org, Flash flash, java.time.Clock clock) {
		this.stages = stages;
		this.annual = annual;
		this.catalog = catalog;
		this.access = access;
		this.choices = choices;
		this.figures = figures;
		this.org = org;
		this.flash = flash;
		this.clock = clock;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/stages")
	String stageList(Model model) {
		model.addAttribute("stages", catalog.stages());
		return "exemplar/stages";
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/stages/{code}")
	String stage(@PathVariable String code, @RequestParam(required = false) Long unit, Model model) {
		Actor actor = CurrentActor.require();
		if (catalog.stage(code).isEmpty()) {
			throw NotFoundException.record();
		}
		Long scope = scopeOf(actor, unit);
		model.addAttribute("review", stages.review(actor, code, scope));
		model.addAttribute("unit", scope);
		model.addAttribute("units", choices.readBy(actor));
		model.addAttribute("canHonour", scope != null && access.isBoardOver(actor, scope));
		model.addAttribute("unitNames", org);
		return "exemplar/stage";
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = SUBTREE)
	@PostMapping("/stages/{code}/honour")
	String honour(@PathVariable String code, @RequestParam Long unit,
			@RequestParam(name = "honoured", required = false) List<Long> honoured, RedirectAttributes redirect) {
		requireStage(code);
		stages.honour(CurrentActor.require(), code, unit, honoured == null ? List.of() : honoured, null);
		flash.add(redirect, "exemplar.stage.honourSaved");
		return "redirect:/exemplar/stages/" + code + "?unit=" + unit;
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = SUBTREE)
	@PostMapping("/stages/{code}/nominations")
	String nominations(@PathVariable String code, @RequestParam Long unit, RedirectAttributes redirect) {
		requireStage(code);
		try {
			int n = stages.requestNominations(CurrentActor.require(), code, unit);
			flash.add(redirect, "exemplar.stage.nominationsSent", n);
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("stageProblem", flash.text(e.messageKey(), e.arguments()));
		}
		return "redirect:/exemplar/stages/" + code + "?unit=" + unit;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/summary")
	String summary(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unit, Model model) {
		Actor actor = CurrentActor.require();
		int y = year == null || year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
		Long scope = scopeOf(actor, unit);
		model.addAttribute("year", y);
		model.addAttribute("unit", scope);
		model.addAttribute("units", choices.readBy(actor));
		model.addAttribute("summary", scope == null ? null : annual.of(y, scope));
		model.addAttribute("figures", scope == null ? List.of()
				: figures.figures(new FigureQuery(scope, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)))
					.stream()
					.filter(f -> f.code().startsWith("exemplar."))
					.toList());
		java.util.Map<String, danvan.platform.figures.Indicator> catalogue = new java.util.HashMap<>();
		figures.catalogue().forEach(i -> catalogue.put(i.code(), i));
		model.addAttribute("catalogue", catalogue);
		model.addAttribute("catalog", catalog);
		model.addAttribute("kinds", ExemplarKind.values());
		model.addAttribute("unitNames", org);
		return "exemplar/summary";
	}

	/** The unit asked for when the actor reads it, else the actor's first granted unit (the whole tree for none). */
	private Long scopeOf(Actor actor, Long unit) {
		if (unit != null && org.unit(unit).isPresent()) {
			if (!access.canRead(actor, unit)) {
				throw new org.springframework.security.access.AccessDeniedException("exemplar: unit outside scope");
			}
			return unit;
		}
		return actor.grants()
			.stream()
			.map(g -> g.isGlobal() ? choices.readBy(actor).stream().findFirst().map(ExemplarChoices.Option::id).orElse(null)
					: g.scopeUnitId())
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private void requireStage(String code) {
		if (catalog.stage(code).isEmpty()) {
			throw NotFoundException.record();
		}
	}

}
