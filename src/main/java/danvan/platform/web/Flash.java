package danvan.platform.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-line confirmation shown at the top of the page after a redirect ("Đã lưu…"), and the refusal of an
 * inline form, shown next to it with what was typed.
 */
@Component
public class Flash {

	private static final int MAX_TYPED = 40;

	private static final int MAX_TYPED_LENGTH = 10_000;

	private final MessageSource messages;

	Flash(MessageSource messages) {
		this.messages = messages;
	}

	public void add(RedirectAttributes redirect, String key, Object... arguments) {
		redirect.addFlashAttribute("flash", messages.getMessage(key, arguments, LocaleContextHolder.getLocale()));
	}

	public String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	/**
	 * A refused inline form of a page: which form and field, the message, and what was typed (as
	 * {@code typed}, by parameter name; the values of a multiple choice joined by commas), so that the page shows
	 * the form again as it was sent.
	 */
	public void problem(RedirectAttributes redirect, String form, RuleViolationException e) {
		redirect.addFlashAttribute("problemForm", form);
		redirect.addFlashAttribute("problemField", e.field());
		redirect.addFlashAttribute("problem", text(e.messageKey(), e.arguments()));
		redirect.addFlashAttribute("typed", typed());
	}

	private static Map<String, String> typed() {
		Map<String, String> typed = new HashMap<>();
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			attributes.getRequest().getParameterMap().forEach((name, values) -> {
				if (!name.equals("_csrf") && values.length > 0 && typed.size() < MAX_TYPED) {
					String value = String.join(",", values);
					typed.put(name, value.length() > MAX_TYPED_LENGTH ? value.substring(0, MAX_TYPED_LENGTH) : value);
				}
			});
		}
		return typed;
	}

}
