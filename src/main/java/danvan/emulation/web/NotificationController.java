package danvan.emulation.web;

import static danvan.platform.security.Audience.SIGNED_IN;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import danvan.emulation.NotificationService;
import danvan.platform.security.Access;
import danvan.platform.security.CurrentActor;

/** The signed-in person's emulation notifications. */
@Controller
class NotificationController {

	private final NotificationService notifications;

	NotificationController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@Access(SIGNED_IN)
	@GetMapping("/emulation/notifications")
	String list(Model model) {
		model.addAttribute("notifications", notifications.readAll(CurrentActor.require()));
		return "emulation/notifications";
	}

}
