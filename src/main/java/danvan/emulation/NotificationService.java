package danvan.emulation;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.platform.security.Actor;

/** The signed-in person's emulation notifications. */
@Service
@Transactional
public class NotificationService {

	private final NotificationRepository notifications;

	private final Clock clock;

	NotificationService(NotificationRepository notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	/** The latest notifications; opening the list marks them read. */
	public List<Notification> readAll(Actor actor) {
		List<Notification> latest = notifications.findTop100ByRecipientOrderByCreatedAtDescIdDesc(actor.username());
		List<Notification> snapshot = latest.stream()
			.map(n -> new Notification(n.getRecipient(), n.getMovementId(), n.getMessage(), n.getLink(), n.getCreatedAt()))
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

}
