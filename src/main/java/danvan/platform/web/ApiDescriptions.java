package danvan.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiLocaleCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPatternParser;

import danvan.platform.security.PublicPaths;

/**
 * Completes the OpenAPI description of every module's API in one place: the errors each operation can answer,
 * all in the RFC 9457 problem shape that {@link ApiErrors} writes, explained in the reader's language from the
 * message bundles. Which errors: 400 (with {@code errors}, field by field) when the operation reads a body, a
 * query or a numeric id; 401 and 403 unless it is public; 404 when its path names a record; 409 when a
 * signed-in caller changes the record its path names; 413 when it receives a file; 422 (a rule refuses) when
 * it changes something. An operation adds its own others ({@code @ApiResponse}, such as 429). Summaries, descriptions and parameter texts stay on the operations themselves
 * ({@code @Operation}, {@code @Parameter}, as message keys); {@code ApiDescriptionTests} fails when one is missing.
 */
@Component
class ApiDescriptions implements OpenApiLocaleCustomizer {

	static final String PROBLEM = "Problem";

	static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

	private final MessageSource messages;

	private final ObjectProvider<PublicPaths> publicPaths;

	ApiDescriptions(MessageSource messages, ObjectProvider<PublicPaths> publicPaths) {
		this.messages = messages;
		this.publicPaths = publicPaths;
	}

	@Override
	public void customise(OpenAPI api, Locale locale) {
		api.info(new Info().title(text("api.title", locale))
			.description(text("api.description", locale))
			.version(api.getInfo() == null ? "1" : api.getInfo().getVersion()));
		if (api.getComponents() == null) {
			api.components(new Components());
		}
		api.getComponents().addSchemas(PROBLEM, problemSchema(locale));
		if (api.getPaths() == null) {
			return;
		}
		api.getPaths().forEach((path, item) -> item.readOperationsMap()
			.forEach((method, operation) -> describeErrors(path, method, operation, locale)));
	}

	private void describeErrors(String path, PathItem.HttpMethod method, Operation operation, Locale locale) {
		List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
		boolean readsInput = operation.getRequestBody() != null
				|| parameters.stream().anyMatch(p -> "query".equals(p.getIn()) || isNumber(p.getSchema()));
		boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
		boolean open = isPublic(path, method);
		boolean namesRecord = path.contains("{");
		boolean receivesFile = operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
				&& operation.getRequestBody().getContent().containsKey("multipart/form-data");
		if (operation.getResponses() == null) {
			operation.responses(new ApiResponses());
		}
		if (readsInput) {
			error(operation, 400, locale);
		}
		if (!open) {
			error(operation, 401, locale);
			error(operation, 403, locale);
		}
		if (namesRecord) {
			error(operation, 404, locale);
		}
		if (changes && namesRecord && !open) {
			error(operation, 409, locale);
		}
		if (receivesFile) {
			error(operation, 413, locale);
		}
		if (changes) {
			error(operation, 422, locale);
		}
	}

	private static boolean isNumber(Schema<?> schema) {
		return schema != null && ("integer".equals(schema.getType()) || "number".equals(schema.getType())
				|| (schema.getTypes() != null && (schema.getTypes().contains("integer") || schema.getTypes().contains("number"))));
	}

	private void error(Operation operation, int status, Locale locale) {
		operation.getResponses()
			.computeIfAbsent(String.valueOf(status), code -> new ApiResponse()
				.description(text("api.error." + status, locale))
				.content(new Content().addMediaType(PROBLEM_MEDIA_TYPE,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
	}

	private boolean isPublic(String path, PathItem.HttpMethod method) {
		PathContainer container = PathContainer.parsePath(path);
		Predicate<PublicPaths> covers = paths -> (paths.method() == null
				|| paths.method().equals(HttpMethod.valueOf(method.name())))
				&& paths.patterns().stream().anyMatch(p -> PathPatternParser.defaultInstance.parse(p).matches(container));
		return publicPaths.stream().anyMatch(covers);
	}

	private Schema<?> problemSchema(Locale locale) {
		Schema<?> fieldError = new ObjectSchema()
			.addProperty("field", new StringSchema().description(text("api.problem.errors.field", locale)))
			.addProperty("message", new StringSchema().description(text("api.problem.errors.message", locale)));
		return new ObjectSchema().description(text("api.problem", locale))
			.addProperty("type", new StringSchema().format("uri").description(text("api.problem.type", locale)))
			.addProperty("title", new StringSchema().description(text("api.problem.title", locale)))
			.addProperty("status", new IntegerSchema().description(text("api.problem.status", locale)))
			.addProperty("detail", new StringSchema().description(text("api.problem.detail", locale)))
			.addProperty("instance", new StringSchema().format("uri").description(text("api.problem.instance", locale)))
			.addProperty("errors", new ArraySchema().items(fieldError).description(text("api.problem.errors", locale)))
			.required(List.of("title", "status", "detail"));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
