package danvan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import danvan.test.DanvanSpringTest;

@DanvanSpringTest
class StaticResourcesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider resources;

	@Test
	void theStylesScriptsAndWebJarsWithoutVersionAreServed() throws Exception {
		mvc.perform(get("/css/danvan.css")).andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/css"));
		mvc.perform(get("/js/danvan.js")).andExpect(status().isOk());
		mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
	}

	@Test
	void aPageLinkIsNotLookedUpAsAFileAndAWebJarLinkGetsItsVersion() {
		// under Spring Boot's catch-all /** every link of every page was searched for on the class path
		assertThat(resources.getHandlerMap()).doesNotContainKey("/**").containsKeys("/css/**", "/js/**", "/webjars/**");
		assertThat(resources.getForLookupPath("/emulation/movements/5")).isNull();
		assertThat(resources.getForLookupPath("/webjars/bootstrap/css/bootstrap.min.css"))
			.matches("/webjars/bootstrap/[0-9.]+/css/bootstrap.min.css");
	}

	@Test
	void aPathOutsideThePrefixesIsNotAFile() throws Exception {
		for (String path : new String[] { "/application.yml", "/css/../application.yml", "/css/%2e%2e/application.yml",
				"/webjars/../../application.yml" }) {
			String body = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
			assertThat(body).as(path).doesNotContain("datasource", "flyway");
		}
	}

}
