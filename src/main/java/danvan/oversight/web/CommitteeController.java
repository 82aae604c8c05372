package danvan.oversight.web;

import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;
import static danvan.platform.security.Role.BOARD_OFFICER;
import static danvan.platform.security.Role.UNIT_OFFICER;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.core.io.InputStreamResource;
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

import danvan.org.OrgDirectory;
import danvan.oversight.Committee;
import danvan.oversight.CommitteeService;
import danvan.oversight.directive.DirectiveService;
import danvan.oversight.inspection.InspectionService;
import danvan.platform.files.FileStore;
import danvan.platform.files.StoredFile;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.FormErrors;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;

/** The grassroots-democracy steering committees: the list, the form setting one up, its page with its records. */
@Controller
@RequestMapping("/oversight/committees")
class CommitteeController {

	private final CommitteeService committees;

	private final InspectionService inspections;

	private final DirectiveService directives;

	private final Choices choices;

	private final OrgDirectory org;

	private final FileStore files;

	private final Flash flash;

	CommitteeController(CommitteeService committees, InspectionService inspections, DirectiveService directives,
			Choices choices, OrgDirectory org, FileStore files, Flash flash) {
		this.committees = committees;
		this.inspections = inspections;
		this.directives = directives;
		this.choices = choices;
		this.org = org;
		this.files = files;
		this.flash = flash;
	}

	@ModelAttribute("unitNames")
	OrgDirectory unitNames() {
		return org;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping
	String list(Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("committees", committees.visibleTo(actor));
		model.addAttribute("canCreate", !choices.units(actor).isEmpty());
		return "oversight/committees/list";
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/{id}")
	String detail(@PathVariable Long id, Model model) {
		Actor actor = CurrentActor.require();
		Committee committee = committees.get(actor, id);
		model.addAttribute("committee", committee);
		model.addAttribute("memberNames", committee.getMembers().stream().collect(Collectors.toMap(
				Committee.Member::getOfficialId, m -> org.official(m.getOfficialId()).map(OrgDirectory.OfficialRef::fullName).orElse(""),
				(a, b) -> a)));
		model.addAttribute("inspections", inspections.ofCommittee(actor, id));
		model.addAttribute("directives", directives.ofCommittee(actor, id));
		model.addAttribute("canEdit", committees.handles(actor, committee));
		model.addAttribute("sitting", committee.sitsOn(inspections.today()));
		return "oversight/committees/detail";
	}

	@Access(value = SIGNED_IN, scope = RECORD)
	@GetMapping("/{id}/decision")
	ResponseEntity<InputStreamResource> decision(@PathVariable Long id) {
		Committee committee = committees.get(CurrentActor.require(), id);
		if (committee.getDecisionFileId() == null) {
			throw NotFoundException.record();
		}
		StoredFile file = files.describe(committee.getDecisionFileId());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getKind().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.getOriginalName(), StandardCharsets.UTF_8).build().toString())
			.body(new InputStreamResource(files.open(file)));
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@GetMapping("/new")
	String createForm(Model model) {
		CommitteeEdit form = new CommitteeEdit();
		form.setEstablishedOn(inspections.today());
		return form(model, form, null);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = SUBTREE)
	@PostMapping
	String create(@Valid @ModelAttribute("form") CommitteeEdit form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, form, null);
		}
		try {
			Committee c = committees.create(CurrentActor.require(), form.draft(), form.getDecisionFile());
			flash.add(redirect, "oversight.committee.saved");
			return "redirect:/oversight/committees/" + c.getId();
		}
		catch (RuleViolationException e) {
			FormErrors.reject(result, e);
			return form(model, form, null);
		}
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@GetMapping("/{id}/edit")
	String editForm(@PathVariable Long id, Model model) {
		Actor actor = CurrentActor.require();
		Committee c = committees.get(actor, id);
		if (!committees.handles(actor, c)) {
			throw new org.springframework.security.access.AccessDeniedException("oversight: committee not handled");
		}
		return form(model, CommitteeEdit.of(c), id);
	}

	@Access(roles = { ADMIN, BOARD_OFFICER, UNIT_OFFICER }, scope = RECORD)
	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") CommitteeEdit form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		committees.get(CurrentActor.require(), id);
		if (result.hasErrors()) {
			return form(model, form, id);
		}
		try {
			committees.update(CurrentActor.require(), id, form.getVersion(), form.draft(), form.getDecisionFile());
			flash.add(redirect, "oversight.committee.saved");
			return "redirect:/oversight/committees/" + id;
		}
		catch (RuleViolationException e) {
			FormErrors.reject(result, e);
			return form(model, form, id);
		}
	}

	private String form(Model model, CommitteeEdit form, Long id) {
		Actor actor = CurrentActor.require();
		model.addAttribute("form", form.withBlankRows());
		model.addAttribute("committeeId", id);
		model.addAttribute("unitOptions", choices.units(actor));
		model.addAttribute("officialOptions", choices.officials(actor));
		return "oversight/committees/form";
	}

}
