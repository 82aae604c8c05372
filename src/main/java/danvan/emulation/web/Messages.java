package danvan.emulation.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Message bundle lookups in the request's language. */
@Component("emulationMessages")
class Messages {

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	String get(String key, Object... args) {
		return source.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
