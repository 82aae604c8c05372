package danvan.platform.notifications;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Sends a notice's e-mails once the transaction that posted it has committed, when SMTP is configured. */
@Component
class NotificationMailer {

	private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

	record Mail(String to, String subject, String text) {
	}

	/** The mails of one notice, sent once its transaction has committed. */
	record MailBatch(List<Mail> mails) {
	}

	private final ObjectProvider<JavaMailSender> mailSender;

	private final String from;

	NotificationMailer(ObjectProvider<JavaMailSender> mailSender,
			@Value("${danvan.mail.from:no-reply@danvan.local}") String from) {
		this.mailSender = mailSender;
		this.from = from;
	}

	@TransactionalEventListener(fallbackExecution = true)
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
				log.warn("Không gửi được thư thông báo tới {}: {}", mail.to(), e.getMessage());
			}
		}
	}

}
