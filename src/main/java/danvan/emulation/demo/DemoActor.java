package danvan.emulation.demo;

import java.util.List;

import danvan.platform.security.Actor;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;

/** Someone acting while the demo data is loaded, with just the grant the step needs. */
public record DemoActor(String username, String displayName, Long homeUnitId, List<Grant> grants) implements Actor {

	public DemoActor withName(String name) {
		return new DemoActor(name, displayName, homeUnitId, grants);
	}

	public static DemoActor of(String username, Long homeUnitId, Role role, Long scope) {
		return new DemoActor(username, username, homeUnitId, List.of(new Grant(role, scope)));
	}

}
