package danvan.exemplar.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.exemplar.Rating;
import danvan.exemplar.RecognitionLevel;
import danvan.exemplar.catalog.ExemplarCatalog;
import danvan.exemplar.lifecycle.ExemplarDossiers;
import danvan.exemplar.lifecycle.ExemplarLifecycle;
import danvan.exemplar.register.ExemplarAccess;
import danvan.exemplar.register.ExemplarService;
import danvan.org.OrgDirectory;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

/** An exemplar's page (history, evaluations side by side, figures' growth) and the steps taken from it. */
@Controller
@RequestMapping("/exemplar/exemplars/{id}")
class ExemplarPageController {

	private static final String[] STEPS = { "start", "evaluate", "recognise", "replicate", "carry", "discontinue" };

	private final ExemplarService exemplars;

	private final ExemplarDossiers dossiers;

	private final ExemplarLifecycle lifecycle;

	private final ExemplarAccess access;

	private final ExemplarCatalog catalog;

	private final ExemplarChoices choices;

	private final OrgDirectory org;

	private final Flash flash;

	private final PhotoDownloads downloads;

	private final MessageSource messages;

	ExemplarPageController(ExemplarService exemplars, ExemplarDossiers dossiers, ExemplarLifecycle lifecycle, ExemplarAccess access,
			ExemplarCatalog catalog, ExemplarChoices choices, OrgDirectory org, Flash flash, PhotoDownloads downloads,
			MessageSource messages) {
		this.messages = messages;
		this.exemplars = exemplars;
		this.dossiers = dossiers;
		this.lifecycle = lifecycle;
		this.access = access;
		this.catalog = catalog;
		this.choices = choices;
		this.org = org;
		this.flash = flash;
		this.downloads = downloads;
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping
	String detail(@PathVariable Long id, Model model) {
		return page(model, id, new StepForm(), null, null);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/start")
	String start(@PathVariable Long id, @Valid @ModelAttribute("step") StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return step(id, form, result, model, redirect, "start", () -> lifecycle.start(CurrentActor.require(), id,
				form.getVersion(), form.getOn(), form.isLaunched(), form.getCommitment()));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/evaluate")
	String evaluate(@PathVariable Long id, @Valid @ModelAttribute("step") StepForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return step(id, form, result, model, redirect, "evaluate",
				() -> lifecycle.evaluate(CurrentActor.require(), id, form.getVersion(), form.evaluation()));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/recognise")
	String recognise(@PathVariable Long id, @Valid @ModelAttribute("step") StepForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return step(id, form, result, model, redirect, "recognise", () -> lifecycle.recognise(CurrentActor.require(), id,
				form.getVersion(), form.getLevel(), form.getOn(), form.getDocument(), form.isTypical()));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/replicate")
	String replicate(@PathVariable Long id, @Valid @ModelAttribute("step") StepForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(model, id, form, "replicate", result);
		}
		try {
			Long copy = lifecycle.replicate(CurrentActor.require(), id, form.getTargetUnitId(), form.getName()).getId();
			flash.add(redirect, "exemplar.step.replicate.done");
			return "redirect:/exemplar/exemplars/" + copy;
		}
		catch (RuleViolationException e) {
			StepErrors.reject(result, e);
			return page(model, id, form, "replicate", result);
		}
	}

	@Access(roles = { ADMIN, BOARD_OFFICER }, scope = RECORD)
	@PostMapping("/carry")
	String carry(@PathVariable Long id, @Valid @ModelAttribute("step") StepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return step(id, form, result, model, redirect, "carry",
				() -> lifecycle.carry(CurrentActor.require(), id, form.getVersion()));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/discontinue")
	String discontinue(@PathVariable Long id, @Valid @ModelAttribute("step") StepForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return step(id, form, result, model, redirect, "discontinue",
				() -> lifecycle.discontinue(CurrentActor.require(), id, form.getVersion(), form.getReason()));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/photos")
	String photo(@PathVariable Long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String caption, @RequestParam(defaultValue = "false") boolean document,
			RedirectAttributes redirect) {
		try {
			exemplars.attach(CurrentActor.require(), id, file, caption, document);
			flash.add(redirect, "exemplar.photo.saved");
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("photoProblem", flash.text(e.messageKey(), e.arguments()));
		}
		return "redirect:/exemplar/exemplars/" + id + "#photos";
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/photos/{photoId}")
	ResponseEntity<InputStreamResource> download(@PathVariable Long id, @PathVariable Long photoId) throws IOException {
		return downloads.send(exemplars.photo(CurrentActor.require(), id, photoId), false);
	}

	private String step(Long id, StepForm form, BindingResult result, Model model, RedirectAttributes redirect,
			String name, Supplier<?> work) {
		if (result.hasErrors()) {
			return page(model, id, form, name, result);
		}
		try {
			work.get();
			flash.add(redirect, "exemplar.step." + name + ".done");
			return "redirect:/exemplar/exemplars/" + id;
		}
		catch (RuleViolationException e) {
			StepErrors.reject(result, e);
			return page(model, id, form, name, result);
		}
	}

	private String page(Model model, Long id, StepForm form, String failedStep, BindingResult result) {
		Actor actor = CurrentActor.require();
		if (result != null) {
			Locale locale = LocaleContextHolder.getLocale();
			model.addAttribute("stepErrors", result.getAllErrors().stream().map(err -> messages.getMessage(err, locale)).toList());
		}
		ExemplarDossiers.Dossier dossier = dossiers.dossier(actor, id);
		Long unit = dossier.exemplar().getUnitId();
		model.addAttribute("d", dossier);
		model.addAttribute("e", dossier.exemplar());
		model.addAttribute("step", form);
		model.addAttribute("failedStep", failedStep);
		model.addAttribute("steps", STEPS);
		model.addAttribute("canHandle", access.canHandle(actor, unit));
		model.addAttribute("isBoard", access.isBoardOver(actor, unit));
		model.addAttribute("catalog", catalog);
		model.addAttribute("unitNames", org);
		model.addAttribute("official", dossier.exemplar().getOfficialId() == null ? null
				: org.official(dossier.exemplar().getOfficialId()).map(OrgDirectory.OfficialRef::fullName).orElse(null));
		model.addAttribute("ratings", Rating.values());
		model.addAttribute("levels", RecognitionLevel.values());
		model.addAttribute("today", exemplars.today());
		model.addAttribute("growth", Growth.of(dossier.evaluations(), catalog.indicators()));
		if (access.canHandle(actor, unit)) {
			model.addAttribute("targetUnits", choices.handledBy(actor).stream().filter(o -> !o.id().equals(unit)).toList());
		}
		return "exemplar/detail";
	}

}
