package danvan.identity.web;

import static danvan.platform.security.OrgScope.RECORD;
import static danvan.platform.security.Role.ADMIN;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.identity.Account;
import danvan.identity.AccountService;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.RuleViolationException;

/** The buttons of an account's page: disable, enable again, unlock, reset the password. */
@Controller
@RequestMapping("/admin/accounts/{id}")
class AccountActionsController {

	private final AccountService accounts;

	private final AccountViews views;

	private final MessageSource messages;

	AccountActionsController(AccountService accounts, AccountViews views, MessageSource messages) {
		this.accounts = accounts;
		this.views = views;
		this.messages = messages;
	}

	@Access(roles = ADMIN, scope = RECORD)
	@PostMapping("/disable")
	String disable(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "account.disabledFlash", actor -> accounts.disable(actor, id));
	}

	@Access(roles = ADMIN, scope = RECORD)
	@PostMapping("/enable")
	String enable(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "account.enabledFlash", actor -> accounts.enable(actor, id));
	}

	@Access(roles = ADMIN, scope = RECORD)
	@PostMapping("/unlock")
	String unlock(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		return act(id, model, redirect, "account.unlockedFlash", actor -> accounts.unlock(actor, id));
	}

	@Access(roles = ADMIN, scope = RECORD)
	@PostMapping("/reset-password")
	String resetPassword(@PathVariable Long id, @Valid @ModelAttribute("resetForm") ResetPasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.require();
		Account account = accounts.get(actor, id);
		if (!result.hasErrors()) {
			try {
				accounts.resetPassword(actor, id, form.getNewPassword());
				redirect.addFlashAttribute("flash", message("account.passwordReset", account.getUsername()));
				return "redirect:/admin/accounts/" + id;
			}
			catch (RuleViolationException e) {
				result.rejectValue("newPassword", e.messageKey(), e.arguments(), e.messageKey());
			}
		}
		form.setNewPassword(null);
		return views.formPage(model, actor, account, AccountForm.of(account));
	}

	private String act(Long id, Model model, RedirectAttributes redirect, String doneKey, Action action) {
		Actor actor = CurrentActor.require();
		Account account = accounts.get(actor, id);
		try {
			action.run(actor);
			redirect.addFlashAttribute("flash", message(doneKey, account.getUsername()));
			return "redirect:/admin/accounts/" + id;
		}
		catch (RuleViolationException e) {
			model.addAttribute("actionError", message(e.messageKey(), e.arguments()));
			return views.formPage(model, actor, account, AccountForm.of(account));
		}
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private interface Action {

		void run(Actor actor);

	}

}
