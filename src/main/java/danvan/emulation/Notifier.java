package danvan.emulation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import danvan.org.OrgDirectory;
import danvan.platform.site.SiteIdentities;
import danvan.platform.site.SiteIdentity;

/**
 * Tells the next step's reviewers, or the unit, that an assessment moved: an in-app notification written in
 * the same transaction, and an e-mail after commit when SMTP is configured (spring.mail.host).
 */
@Component
class Notifier {

	private static final Logger log = LoggerFactory.getLogger(Notifier.class);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	record Mail(String to, String subject, String text) {
	}

	/** The mails of one move, sent once its transaction has committed. */
	record MailBatch(List<Mail> mails) {
	}

	private final NotificationRepository notifications;

	private final MovementRepository movements;

	private final Recipients recipients;

	private final OrgDirectory org;

	private final MessageSource messages;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final Clock clock;

	private final SiteIdentities site;

	private final String from;

	Notifier(NotificationRepository notifications, MovementRepository movements, Recipients recipients, OrgDirectory org,
			MessageSource messages, ObjectProvider<JavaMailSender> mailSender,
			org.springframework.context.ApplicationEventPublisher events, Clock clock, SiteIdentities site,
			@Value("${danvan.mail.from:no-reply@danvan.local}") String from) {
		this.site = site;
		this.notifications = notifications;
		this.movements = movements;
		this.recipients = recipients;
		this.org = org;
		this.messages = messages;
		this.mailSender = mailSender;
		this.events = events;
		this.clock = clock;
		this.from = from;
	}

	@EventListener
	void on(AssessmentForwarded event) {
		Movement movement = movements.findById(event.movementId()).orElseThrow();
		String unitName = org.nameOf(event.unitId()).orElse("");
		String link = "/emulation/movements/" + movement.getId() + "/units/" + event.unitId() + "/assessment";
		List<Recipients.Recipient> to;
		String text;
		if (event.step() == 0) {
			to = recipients.officersOf(event.unitId());
			text = message("emulation.notify.returned", unitName, movement.getName());
		}
		else if (event.step() > movement.getReviewSteps().size()) {
			to = recipients.officersOf(event.unitId());
			text = message("emulation.notify.approved", unitName, movement.getName());
		}
		else {
			ReviewStep step = movement.step(event.step()).orElseThrow();
			to = recipients.reviewersOf(step, event.unitId());
			text = message("emulation.notify.toReview", unitName, movement.getName(), step.getName());
		}
		List<Mail> mails = new ArrayList<>();
		for (Recipients.Recipient r : to) {
			if (r.username().equals(event.actor())) {
				continue;
			}
			notifications.save(new Notification(r.username(), movement.getId(), text, link, clock.instant()));
			if (r.email() != null && !r.email().isBlank()) {
				mails.add(new Mail(r.email(), message("emulation.notify.subject", movement.getName()), mailText(text, link)));
			}
		}
		if (!mails.isEmpty()) {
			events.publishEvent(new MailBatch(mails));
		}
	}

	@TransactionalEventListener
	void send(MailBatch batch) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		for (Mail mail : batch.mails()) {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(from);
			message.setTo(mail.to());
			message.setSubject(mail.subject());
			message.setText(mail.text());
			try {
				sender.send(message);
			}
			catch (MailException e) {
				log.warn("Không gửi được thư thông báo thi đua tới {}: {}", mail.to(), e.getMessage());
			}
		}
	}

	/** The notice, the page to open, and whose system sent it (the site's identity). */
	private String mailText(String text, String link) {
		SiteIdentity identity = site.current();
		return text + "\n\n" + message("emulation.notify.open", identity.absolute(link))
				+ (identity.configured() ? "\n\n" + message("emulation.notify.signature", identity.displayName()) : "");
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, VIETNAMESE);
	}

}
