package danvan.platform.notifications;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.security.Actor;

/**
 * One inbox per person: modules {@link #post} notices; the signed-in person reads them. E-mails leave after the
 * posting transaction commits ({@link NotificationMailer}).
 */
@Service
@Transactional
public class NotificationService {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final NotificationRepository notifications;

	private final RecipientDirectory directory;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NotificationService(NotificationRepository notifications, RecipientDirectory directory, MessageSource messages,
			ApplicationEventPublisher events, Clock clock) {
		this.notifications = notifications;
		this.directory = directory;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/** Writes the notice into each recipient's inbox and, when mailed, queues the e-mails; answers how many. */
	public int post(Notice notice) {
		String text = message(notice.messageKey(), notice.arguments());
		String subject = notice.subjectKey() == null ? null : message(notice.subjectKey(), notice.subjectArguments());
		List<NotificationMailer.Mail> mails = new ArrayList<>();
		Map<String, RecipientDirectory.Recipient> to = new LinkedHashMap<>();
		resolve(notice.to()).forEach(r -> to.putIfAbsent(r.username(), r));
		to.remove(notice.actor());
		for (RecipientDirectory.Recipient r : to.values()) {
			notifications.save(new Notification(r.username(), text, notice.link(), clock.instant()));
			if (subject != null && r.email() != null && !r.email().isBlank()) {
				mails.add(new NotificationMailer.Mail(r.email(), subject, text));
			}
		}
		if (!mails.isEmpty()) {
			events.publishEvent(new NotificationMailer.MailBatch(mails));
		}
		return to.size();
	}

	/** The latest notifications; opening the list marks them read. */
	public List<Notification> readAll(Actor actor) {
		List<Notification> latest = notifications.findTop100ByRecipientOrderByCreatedAtDescIdDesc(actor.username());
		List<Notification> snapshot = latest.stream()
			.map(n -> new Notification(n.getRecipient(), n.getMessage(), n.getLink(), n.getCreatedAt()))
			.toList();
		for (int i = 0; i < latest.size(); i++) {
			if (latest.get(i).isRead()) {
				snapshot.get(i).markRead(latest.get(i).getReadAt());
			}
			latest.get(i).markRead(clock.instant());
		}
		return snapshot;
	}

	@Transactional(readOnly = true)
	public long unread(Actor actor) {
		return notifications.countByRecipientAndReadAtIsNull(actor.username());
	}

	private List<RecipientDirectory.Recipient> resolve(Addressees to) {
		if (to instanceof Addressees.Holding holding) {
			return directory.holding(holding.role(), holding.unitId());
		}
		return directory.accounts(((Addressees.Accounts) to).usernames());
	}

	private String message(String key, List<Object> arguments) {
		return messages.getMessage(key, arguments.toArray(), key, VIETNAMESE);
	}

}
