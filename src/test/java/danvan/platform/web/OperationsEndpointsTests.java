package danvan.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

import danvan.test.DanvanSpringTest;

@DanvanSpringTest
class OperationsEndpointsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void healthIsPublicAndUp() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void aLoadBalancerHasReadinessAndLivenessWithoutDetails() throws Exception {
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void theOpenApiDescriptionListsTheOrganisationApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/org/units']").exists())
			.andExpect(jsonPath("$.paths['/api/officials']").exists());
	}

	@Test
	void unknownPagesGetAFriendlyVietnamese404() throws Exception {
		mvc.perform(get("/org/units/999999").accept(MediaType.TEXT_HTML)
			.with(SecurityMockMvcRequestPostProcessors.httpBasic("admin", "Danvan@2026")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Không tìm thấy đơn vị.")));
	}

	@Test
	void malformedQueryValuesAndForgedFieldNamesAreBadRequestsNotErrors() throws Exception {
		mvc.perform(get("/admin/audit").param("from", "hôm-qua").accept(MediaType.TEXT_HTML)
			.with(SecurityMockMvcRequestPostProcessors.httpBasic("admin", "Danvan@2026")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Không đọc được dữ liệu gửi lên")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/org/units")
			.param("code[5].x", "1")
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.with(SecurityMockMvcRequestPostProcessors.httpBasic("admin", "Danvan@2026")))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void englishIsOneClickAway() throws Exception {
		mvc.perform(get("/login").param("lang", "en"))
			.andExpect(content().string(containsString("Sign in")))
			.andExpect(content().string(containsString("lang=\"en\"")));
	}

}
