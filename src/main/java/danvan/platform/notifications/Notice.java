package danvan.platform.notifications;

import java.util.List;

/**
 * A message for people's inboxes: a message key and its arguments (rendered in Vietnamese when posted), the page
 * to act on, and — when {@link #mailed} — the subject of the e-mail sent too. The person acting is left out.
 */
public record Notice(Addressees to, String messageKey, List<Object> arguments, String link, String subjectKey,
		List<Object> subjectArguments, String actor) {

	public static Notice of(Addressees to, String link, String messageKey, Object... arguments) {
		return new Notice(to, messageKey, List.of(arguments), link, null, List.of(), null);
	}

	/** Also sent by e-mail, when SMTP is configured, to the recipients who have an address. */
	public Notice mailed(String subjectKey, Object... arguments) {
		return new Notice(to, messageKey, arguments(), link, subjectKey, List.of(arguments), actor);
	}

	/** Not sent to {@code username}, the person whose action this notice reports. */
	public Notice except(String username) {
		return new Notice(to, messageKey, arguments(), link, subjectKey, subjectArguments, username);
	}

}
