package danvan.site.web;

import java.util.List;

/** The languages a site may default to, with the message key of each one's name. */
final class SiteChoices {

	record Language(String code, String messageKey) {
	}

	static final List<Language> LANGUAGES = List.of(new Language("vi", "lang.vi"), new Language("en", "lang.en"));

	private SiteChoices() {
	}

}
