package danvan.identity.web;

import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.OrgScope.SUBTREE;
import static danvan.platform.security.Role.ADMIN;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.identity.Account;
import danvan.identity.AccountService;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.FormErrors;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/** Administrators list, create and edit accounts within their scope; the service enforces the scope. */
@Controller
@RequestMapping("/admin/accounts")
class AccountController {

	private final AccountService accounts;

	private final AccountViews views;

	private final MessageSource messages;

	AccountController(AccountService accounts, AccountViews views, MessageSource messages) {
		this.accounts = accounts;
		this.views = views;
		this.messages = messages;
	}

	@Access(roles = ADMIN, scope = SUBTREE)
	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", accounts.visibleTo(CurrentActor.require()).stream().map(views::row).toList());
		return "identity/accounts";
	}

	@Access(roles = ADMIN, scope = SUBTREE)
	@GetMapping("/new")
	String newForm(Model model) {
		return showForm(model, null, new AccountForm().withBlankRows());
	}

	@Access(roles = ADMIN, scope = RECORD)
	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		if (!result.hasErrors()) {
			try {
				Account account = accounts.create(actor, form.getUsername(), form.getPassword(), form.toDraft());
				redirect.addFlashAttribute("flash", message("account.created", account.getUsername()));
				return "redirect:/admin/accounts/" + account.getId();
			}
			catch (RuleViolationException e) {
				FormErrors.reject(result, e);
			}
		}
		form.setPassword(null);
		return showForm(model, null, form.withBlankRows());
	}

	@Access(roles = ADMIN, scope = RECORD)
	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		Account account = accounts.get(CurrentActor.require(), id);
		return showForm(model, account, AccountForm.of(account));
	}

	@Access(roles = ADMIN, scope = RECORD)
	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Actor actor = CurrentActor.require();
		Account account = accounts.get(actor, id);
		if (!result.hasErrors()) {
			try {
				accounts.update(actor, id, form.getVersion(), form.toDraft());
				redirect.addFlashAttribute("flash", message("common.saved"));
				return "redirect:/admin/accounts/" + id;
			}
			catch (RuleViolationException e) {
				FormErrors.reject(result, e);
			}
			catch (StaleRecordException e) {
				result.reject(e.messageKey());
				response.setStatus(HttpServletResponse.SC_CONFLICT);
			}
		}
		form.setUsername(account.getUsername());
		return showForm(model, account, form.withBlankRows());
	}

	/** The htmx search box of the form: official choices whose name matches, accents ignored. */
	@Access(roles = ADMIN, scope = SUBTREE)
	@GetMapping("/officials")
	String officialOptions(@RequestParam(defaultValue = "") String q,
			@RequestParam(name = "officialId", required = false) Long chosen, Model model) {
		String query = q.length() > 100 ? q.substring(0, 100) : q;
		model.addAttribute("officialOptions", views.officials(CurrentActor.require(), query, chosen));
		model.addAttribute("chosen", chosen);
		return AccountViews.FORM + " :: officialOptions";
	}

	/** The htmx "add a line" button: one more blank permission line, up to the form's limit. */
	@Access(roles = ADMIN, scope = SUBTREE)
	@GetMapping("/grant-row")
	String grantRow(@RequestParam(name = "nextRow", defaultValue = "0") int index, Model model,
			HttpServletResponse response) {
		if (index < 0 || index >= AccountForm.MAX_ROWS) {
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return null;
		}
		AccountForm form = new AccountForm();
		for (int i = 0; i <= index; i++) {
			form.getGrants().add(new AccountForm.GrantRow());
		}
		model.addAttribute("form", form);
		model.addAttribute("index", index);
		views.addChoices(model, CurrentActor.require());
		return AccountViews.FORM + " :: newGrantRow";
	}

	/** A grant row index beyond any the form offers: a forged request, answered like other bad input. */
	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView unknownField() {
		ModelAndView view = new ModelAndView("error/problem");
		view.setStatus(HttpStatus.BAD_REQUEST);
		view.addObject("status", HttpStatus.BAD_REQUEST.value());
		view.addObject("message", message("error.invalid"));
		return view;
	}

	@InitBinder("form")
	void limitGrantRows(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(AccountForm.MAX_ROWS);
	}

	private String showForm(Model model, Account account, AccountForm form) {
		return views.formPage(model, CurrentActor.require(), account, form);
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
