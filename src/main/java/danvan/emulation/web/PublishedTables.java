package danvan.emulation.web;

import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import danvan.emulation.results.ResultService;

/**
 * The results table of a published revision, rendered once per language and kept as HTML: a revision never
 * changes, and a province's 3,321 rows take the template engine 150–350 ms, the rest of the page a few.
 */
@Component
class PublishedTables {

	private final Cache<String, String> tables = Caffeine.newBuilder()
		.maximumWeight(64L * 1024 * 1024)
		.weigher((String key, String html) -> key.length() + html.length())
		.build();

	private final ITemplateEngine templates;

	PublishedTables(ITemplateEngine templates) {
		this.templates = templates;
	}

	String of(ResultService.Results published, Locale locale) {
		String key = published.movement().getId() + "/" + published.revision().getRevisionNo() + "/"
				+ locale.toLanguageTag();
		return tables.get(key, k -> templates.process("emulation/public/results-table",
				new Context(locale, Map.of("results", published))));
	}

}
