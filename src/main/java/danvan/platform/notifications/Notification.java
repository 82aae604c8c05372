package danvan.platform.notifications;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An in-app message to one account, with a link to the page to act on. */
@Entity
@Table(name = "platform_notification")
public class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String recipient;

	private String message;

	private String link;

	private Instant createdAt;

	private Instant readAt;

	protected Notification() {
	}

	Notification(String recipient, String message, String link, Instant createdAt) {
		this.recipient = recipient;
		this.message = message.length() > 1000 ? message.substring(0, 1000) : message;
		this.link = link;
		this.createdAt = createdAt;
	}

	void markRead(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}

	public Long getId() {
		return id;
	}

	public String getRecipient() {
		return recipient;
	}

	public String getMessage() {
		return message;
	}

	public String getLink() {
		return link;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getReadAt() {
		return readAt;
	}

	public boolean isRead() {
		return readAt != null;
	}

}
