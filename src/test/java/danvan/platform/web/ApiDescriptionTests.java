package danvan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import danvan.test.DanvanSpringTest;

/**
 * Every operation of /v3/api-docs is described for an integrator: a summary and a description in Vietnamese
 * (the screens' words), every parameter explained, and the errors it can answer in the RFC 9457 problem shape.
 * A module that adds an API operation without its texts fails here.
 */
@DanvanSpringTest
class ApiDescriptionTests {

	/** A text springdoc could not find in the bundles comes out as the key itself. */
	private static final Pattern MESSAGE_KEY = Pattern.compile("[a-zA-Z]+(\\.[a-zA-Z0-9]+)+");

	private static final String PROBLEM = "#/components/schemas/Problem";

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	@Test
	void everyOperationHasASummaryADescriptionAndDescribedParameters() throws Exception {
		JsonNode api = apiDocs("");
		List<String> missing = new ArrayList<>();
		operations(api).forEach((name, operation) -> {
			requireText(missing, name + " summary", operation.path("summary"));
			requireText(missing, name + " description", operation.path("description"));
			if (operation.path("summary").asString("").equals(operation.path("description").asString(""))) {
				missing.add(name + ": the description only repeats the summary");
			}
			for (JsonNode parameter : operation.path("parameters")) {
				requireText(missing, name + " parameter " + parameter.path("name").asString(), parameter.path("description"));
			}
			for (JsonNode tag : operation.path("tags")) {
				requireText(missing, name + " tag", tag);
			}
		});
		assertThat(missing).as("operations of /v3/api-docs without their texts").isEmpty();
		assertThat(operations(api)).hasSizeGreaterThanOrEqualTo(18);
	}

	@Test
	void everyOperationDescribesItsErrorsAsProblems() throws Exception {
		JsonNode api = apiDocs("");
		List<String> missing = new ArrayList<>();
		operations(api).forEach((name, operation) -> {
			String method = name.substring(0, name.indexOf(' '));
			String path = name.substring(name.indexOf(' ') + 1);
			JsonNode responses = operation.path("responses");
			boolean readsBodyOrQuery = operation.has("requestBody") || operation.path("parameters")
				.valueStream()
				.anyMatch(p -> p.path("in").asString("").equals("query"));
			boolean signedIn = responses.has("401");
			List<String> expected = new ArrayList<>();
			if (readsBodyOrQuery) {
				expected.add("400");
			}
			if (signedIn) {
				expected.add("403");
			}
			if (path.contains("{")) {
				expected.add("404");
			}
			if (!method.equals("GET") && path.contains("{") && signedIn) {
				expected.add("409");
			}
			if (!method.equals("GET")) {
				expected.add("422");
			}
			if (operation.path("requestBody").path("content").has("multipart/form-data")) {
				expected.add("413");
			}
			if (responses.properties().stream().noneMatch(r -> r.getKey().startsWith("2"))) {
				missing.add(name + " describes no success response");
			}
			for (String status : expected) {
				if (!responses.has(status)) {
					missing.add(name + " does not describe " + status);
				}
			}
			responses.properties().forEach(response -> {
				if (response.getKey().startsWith("4")) {
					requireText(missing, name + " " + response.getKey(), response.getValue().path("description"));
					String schema = response.getValue().path("content").path("application/problem+json").path("schema")
						.path("$ref").asString("");
					if (!schema.equals(PROBLEM)) {
						missing.add(name + " " + response.getKey() + " is not an application/problem+json Problem");
					}
				}
			});
		});
		assertThat(missing).isEmpty();

		JsonNode problem = api.path("components").path("schemas").path("Problem").path("properties");
		assertThat(problem.path("errors").path("items").path("properties").has("field")).isTrue();
		assertThat(problem.path("errors").path("items").path("properties").has("message")).isTrue();
		assertThat(problem.has("title") && problem.has("status") && problem.has("detail")).isTrue();

		JsonNode units = api.path("paths").path("/api/org/units");
		assertThat(units.path("get").path("responses").has("401")).as("a scoped list needs a signed-in caller").isTrue();
		assertThat(units.path("post").path("responses").path("400").path("description").asString())
			.contains("errors", "field", "message");
		JsonNode article = api.path("paths").path("/api/portal/articles/{slug}").path("get").path("responses");
		assertThat(article.has("401")).as("a published article is public").isFalse();
		assertThat(api.path("paths").path("/api/org/units/{id}").path("put").path("responses").has("409")).isTrue();
		assertThat(article.has("404")).isTrue();
		assertThat(api.path("paths").path("/api/emulation/movements/{id}/score-imports").path("post").path("responses")
			.has("413")).isTrue();
	}

	@Test
	void theTextsAreTheScreensWordsInVietnameseFirstAndInEnglishOnRequest() throws Exception {
		JsonNode vietnamese = apiDocs("");
		assertThat(vietnamese.path("paths").path("/api/org/units").path("get").path("summary").asString())
			.isEqualTo(messages.getMessage("org.units.title", null, Locale.forLanguageTag("vi")));
		assertThat(vietnamese.path("paths").path("/api/emulation/movements/{id}/results").path("get").path("summary")
			.asString()).isEqualTo(messages.getMessage("emulation.results.title", null, Locale.forLanguageTag("vi")));
		assertThat(vietnamese.path("info").path("title").asString()).startsWith("Dân vận");

		JsonNode english = apiDocs("?lang=en");
		assertThat(english.path("paths").path("/api/org/units").path("get").path("summary").asString())
			.isEqualTo("Unit tree");
		assertThat(english.path("paths").path("/api/org/units/{id}").path("get").path("responses").path("404")
			.path("description").asString()).isEqualTo("No record with the id in the path.");
	}

	@Test
	void refusalsBeforeAControllerRunsAreProblemsToo() throws Exception {
		mvc.perform(get("/api/org/units"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Chưa đăng nhập"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("HTTP Basic")));
		mvc.perform(get("/api/portal/comments").with(httpBasic("binhduc", "Danvan@2026")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("Không có quyền truy cập"));
	}

	private JsonNode apiDocs(String query) throws Exception {
		String json = mvc.perform(get("/v3/api-docs" + query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonMapper.builder().build().readTree(json);
	}

	/** "GET /api/org/units" → its operation object. */
	private static Map<String, JsonNode> operations(JsonNode api) {
		Map<String, JsonNode> operations = new java.util.TreeMap<>();
		api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			if (List.of("get", "put", "post", "delete", "patch").contains(operation.getKey())) {
				operations.put(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), operation.getValue());
			}
		}));
		return operations;
	}

	private static void requireText(List<String> missing, String what, JsonNode text) {
		String value = text.asString("").trim();
		if (value.isEmpty()) {
			missing.add(what + " is missing");
		}
		else if (MESSAGE_KEY.matcher(value).matches()) {
			missing.add(what + " is the message key " + value + " (no text in the bundles)");
		}
	}

}
