package danvan.platform.notifications;

import static danvan.platform.security.Audience.SIGNED_IN;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;

/** The signed-in person's inbox; the old emulation address leads there. */
@Controller
class NotificationController {

	private final NotificationService notifications;

	NotificationController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Access(SIGNED_IN)
	@GetMapping("/notifications")
	String list(Model model) {
		model.addAttribute("notifications", notifications.readAll(CurrentActor.require()));
		model.addAttribute("unreadNotifications", 0L);
		return "platform/notifications";
	}

	@Access(SIGNED_IN)
	@GetMapping("/emulation/notifications")
	String formerAddress() {
		return "redirect:/notifications";
	}

}
