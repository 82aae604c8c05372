package danvan.platform.security;

import static danvan.platform.security.Audience.PUBLIC;
import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.UNIT;
import static danvan.platform.security.Role.UNIT_OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The policy check fails on a handler that declares nothing, names it, and the interceptor refuses it. */
class AccessPoliciesTests {

	/** Test-only handlers (not a Spring bean anywhere else): one forgets its policy, one declares a wrong one. */
	static class FixtureController {

		@GetMapping("/fixture/forgotten")
		@ResponseBody
		String forgotten() {
			return "leaked";
		}

		@Access(PUBLIC)
		@GetMapping("/fixture/public")
		@ResponseBody
		String open() {
			return "open";
		}

		@Access(roles = UNIT_OFFICER, scope = UNIT, unit = "unitId")
		@GetMapping("/fixture/units/{id}")
		@ResponseBody
		String wrongVariable(@PathVariable Long id) {
			return "unit";
		}

		@Access(value = SIGNED_IN, roles = UNIT_OFFICER)
		@GetMapping("/fixture/mixed")
		@ResponseBody
		String mixed() {
			return "mixed";
		}

	}

	private final Map<RequestMappingInfo, HandlerMethod> handlers = Fixtures.handlersOf(new FixtureController());

	@Test
	void aHandlerWithoutADeclaredPolicyFailsTheCheckByName() {
		List<String> problems = AccessPolicies.problems(handlers);

		assertThat(problems).anyMatch(p -> p.contains("/fixture/forgotten") && p.endsWith("FixtureController.forgotten(): no @Access"));
		assertThat(problems).noneMatch(p -> p.contains("FixtureController.open()"));
		assertThatThrownBy(() -> AccessPolicies.verify(handlers))
			.isInstanceOf(AccessPolicies.UndeclaredAccessException.class)
			.hasMessageContaining("FixtureController.forgotten(): no @Access");
	}

	@Test
	void aPolicyThatMakesNoSenseFailsTooNamingWhy() {
		List<String> problems = AccessPolicies.problems(handlers);

		assertThat(problems).anyMatch(p -> p.contains("wrongVariable()") && p.contains("{unitId} is not in the path"));
		assertThat(problems).anyMatch(p -> p.contains("wrongVariable()") && p.contains("{unitId} is not a Long @PathVariable"));
		assertThat(problems).anyMatch(p -> p.contains("mixed()") && p.contains("names roles for audience SIGNED_IN"));
	}

	@Test
	void atRunTimeAnUndeclaredHandlerIsRefusedWhileAPublicOneAnswers() throws Exception {
		AccessInterceptor interceptor = new AccessInterceptor(new NoTree());
		var request = new MockHttpServletRequest("GET", "/fixture/forgotten");
		var response = new MockHttpServletResponse();

		assertThatThrownBy(() -> interceptor.preHandle(request, response, handler("forgotten")))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(interceptor.preHandle(request, response, handler("open"))).isTrue();
	}

	private static HandlerMethod handler(String name) throws NoSuchMethodException {
		return new HandlerMethod(new FixtureController(), FixtureController.class.getDeclaredMethod(name));
	}

	/** A handler mapping built from one object, as Spring builds it from the application's controllers. */
	private static final class Fixtures extends RequestMappingHandlerMapping {

		static Map<RequestMappingInfo, HandlerMethod> handlersOf(Object controller) {
			StaticApplicationContext context = new StaticApplicationContext();
			context.refresh();
			Fixtures mapping = new Fixtures();
			mapping.setApplicationContext(context);
			mapping.afterPropertiesSet();
			mapping.detectHandlerMethods(controller);
			return mapping.getHandlerMethods();
		}

	}

	private static final class NoTree implements UnitTree {

		@Override
		public boolean exists(Long unitId) {
			return false;
		}

		@Override
		public boolean isWithin(Long unitId, Long ancestorId) {
			return false;
		}

	}

}
