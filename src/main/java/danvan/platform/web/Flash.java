package danvan.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The one-line confirmation shown at the top of the page after a redirect ("Đã lưu…"). */
@Component
public class Flash {

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

}
