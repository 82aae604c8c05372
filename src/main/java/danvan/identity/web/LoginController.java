package danvan.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import danvan.platform.RunMode;

@Controller
class LoginController {

	private final RunMode mode;

	LoginController(RunMode mode) {
		this.mode = mode;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demo", mode.isDemo());
		return "identity/login";
	}

}
