package danvan.identity.web;

import static danvan.platform.security.Audience.PUBLIC;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import danvan.platform.RunMode;
import danvan.platform.security.Access;

@Controller
class LoginController {

	private final RunMode mode;

	LoginController(RunMode mode) {
		this.mode = mode;
	}

	@Access(PUBLIC)
	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demo", mode.isDemo());
		return "identity/login";
	}

}
