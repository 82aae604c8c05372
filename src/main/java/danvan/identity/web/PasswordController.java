package danvan.identity.web;

import static danvan.platform.security.Audience.SIGNED_IN;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.identity.AccountService;
import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.FormErrors;
import danvan.platform.web.RuleViolationException;

/** Every signed-in user changes their own password here. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private static final String PAGE = "identity/password";

	private final AccountService accounts;

	private final MessageSource messages;

	PasswordController(AccountService accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@Access(SIGNED_IN)
	@GetMapping
	String form(@ModelAttribute("form") PasswordForm form) {
		return PAGE;
	}

	@Access(SIGNED_IN)
	@PostMapping
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("newPassword") && !result.hasFieldErrors("confirmPassword")
				&& !form.getNewPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "identity.password.mismatch");
		}
		if (!result.hasErrors()) {
			try {
				accounts.changeOwnPassword(CurrentActor.require(), form.getCurrentPassword(), form.getNewPassword());
				redirect.addFlashAttribute("flash",
						messages.getMessage("password.changed", null, LocaleContextHolder.getLocale()));
				return "redirect:/account/password";
			}
			catch (RuleViolationException e) {
				FormErrors.reject(result, e);
			}
		}
		form.forget();
		return PAGE;
	}

}
