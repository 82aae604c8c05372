package danvan.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Whether danvan runs on demo data (demo accounts, sample district) or in production. */
@Component
public class RunMode {

	private final boolean demo;

	RunMode(DanvanSettings settings, Environment environment) {
		String mode = settings.mode() == null ? "" : settings.mode().trim().toLowerCase();
		this.demo = switch (mode) {
			case "demo" -> true;
			case "production" -> false;
			default -> environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
		};
	}

	public boolean isDemo() {
		return demo;
	}

}
