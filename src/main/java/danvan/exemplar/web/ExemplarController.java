package danvan.exemplar.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.exemplar.ExemplarKind;
import danvan.exemplar.ExemplarStatus;
import danvan.exemplar.RecognitionLevel;
import danvan.exemplar.catalog.ExemplarCatalog;
import danvan.exemplar.register.Exemplar;
import danvan.exemplar.register.ExemplarService;
import danvan.exemplar.registry.ExemplarSearch;
import danvan.exemplar.registry.ExemplarSheets;
import danvan.org.OrgDirectory;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

/** The register: the filtered list and its Excel export, the registration form and its corrections. */
@Controller
@RequestMapping("/exemplar/exemplars")
class ExemplarController {

	private final ExemplarService exemplars;

	private final ExemplarSearch search;

	private final ExemplarSheets sheets;

	private final ExemplarCatalog catalog;

	private final ExemplarChoices choices;

	private final OrgDirectory org;

	private final Flash flash;

	ExemplarController(ExemplarService exemplars, ExemplarSearch search, ExemplarSheets sheets, ExemplarCatalog catalog,
			ExemplarChoices choices, OrgDirectory org, Flash flash) {
		this.exemplars = exemplars;
		this.search = search;
		this.sheets = sheets;
		this.catalog = catalog;
		this.choices = choices;
		this.org = org;
		this.flash = flash;
	}

	@ModelAttribute("unitNames")
	OrgDirectory unitNames() {
		return org;
	}

	@ModelAttribute("catalog")
	ExemplarCatalog catalog() {
		return catalog;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping
	String list(@Valid ListParams params, BindingResult result, Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("params", params);
		model.addAttribute("listing", result.hasErrors() ? search.list(actor, ListParams.none(), 1)
				: search.list(actor, params.filter(), params.pageNumber()));
		model.addAttribute("canCreate", !choices.handledBy(actor).isEmpty());
		model.addAttribute("units", choices.readBy(actor));
		model.addAttribute("kinds", ExemplarKind.values());
		model.addAttribute("statuses", ExemplarStatus.values());
		model.addAttribute("levels", RecognitionLevel.values());
		return "exemplar/list";
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/export")
	ResponseEntity<byte[]> export(@Valid ListParams params, BindingResult result, Locale locale) {
		byte[] xlsx = sheets.export(CurrentActor.require(), result.hasErrors() ? ListParams.none() : params.filter(),
				flash.text("exemplar.sheet.title"), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("danh-sach-mo-hinh-dan-van-kheo.xlsx", StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(xlsx);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@GetMapping("/new")
	String createForm(Model model) {
		ExemplarForm form = new ExemplarForm();
		form.setStartsOn(exemplars.today());
		return form(model, form, null);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@PostMapping
	String create(@Valid @ModelAttribute("form") ExemplarForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, form, null);
		}
		try {
			Exemplar exemplar = exemplars.register(CurrentActor.require(), form.draft());
			flash.add(redirect, "exemplar.saved");
			return "redirect:/exemplar/exemplars/" + exemplar.getId();
		}
		catch (RuleViolationException e) {
			StepErrors.reject(result, e);
			return form(model, form, null);
		}
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		return form(model, ExemplarForm.of(exemplars.editable(CurrentActor.require(), id)), id);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") ExemplarForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		exemplars.editable(CurrentActor.require(), id);
		if (result.hasErrors()) {
			return form(model, form, id);
		}
		try {
			exemplars.update(CurrentActor.require(), id, form.getVersion(), form.draft());
			flash.add(redirect, "exemplar.saved");
			return "redirect:/exemplar/exemplars/" + id;
		}
		catch (RuleViolationException e) {
			StepErrors.reject(result, e);
			return form(model, form, id);
		}
	}

	private String form(Model model, ExemplarForm form, Long id) {
		Actor actor = CurrentActor.require();
		model.addAttribute("form", form);
		model.addAttribute("exemplarId", id);
		model.addAttribute("kinds", ExemplarKind.values());
		model.addAttribute("unitOptions", choices.handledBy(actor));
		model.addAttribute("officialOptions", choices.officials(actor));
		return "exemplar/form";
	}

}
