package danvan.platform.notifications;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import danvan.platform.security.CurrentActor;

/** The header's count of unread notifications for the signed-in person (nothing for a visitor). */
@ControllerAdvice
class UnreadCount {

	private final NotificationService notifications;

	UnreadCount(NotificationService notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotifications")
	Long unreadNotifications() {
		return CurrentActor.get().map(notifications::unread).orElse(null);
	}

}
