package danvan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every message bundle {@code messages/X.properties} (Vietnamese) has an English twin
 * {@code messages/X_en.properties} with exactly the same keys, so neither language shows a bare key.
 */
class MessageBundlesTests {

	@Test
	void everyBundleHasTheSameKeysInVietnameseAndEnglish() throws IOException {
		Map<String, Properties> bundles = bundles();
		Set<String> bases = new TreeSet<>();
		bundles.keySet().forEach(name -> bases.add(name.replaceFirst("_en$", "")));
		assertThat(bases).as("message bundles").isNotEmpty();

		for (String base : bases) {
			assertThat(bundles).as("Vietnamese bundle messages/%s.properties", base).containsKey(base);
			assertThat(bundles).as("English bundle messages/%s_en.properties", base).containsKey(base + "_en");
			Set<String> vietnamese = keys(bundles.get(base));
			Set<String> english = keys(bundles.get(base + "_en"));
			assertThat(missing(vietnamese, english)).as("keys of messages/%s.properties missing in %s_en", base, base)
				.isEmpty();
			assertThat(missing(english, vietnamese)).as("keys of messages/%s_en.properties missing in %s", base, base)
				.isEmpty();
		}
	}

	@Test
	void noMessageIsEmpty() throws IOException {
		bundles().forEach((name, properties) -> properties.forEach((key, value) -> assertThat(value.toString().trim())
			.as("messages/%s.properties: %s", name, key)
			.isNotEmpty()));
	}

	private static Map<String, Properties> bundles() throws IOException {
		Map<String, Properties> bundles = new TreeMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:messages/*.properties")) {
			String name = resource.getFilename().replaceFirst("\\.properties$", "");
			Properties properties = new Properties();
			try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			bundles.put(name, properties);
		}
		return bundles;
	}

	private static Set<String> keys(Properties properties) {
		Set<String> keys = new TreeSet<>();
		properties.keySet().forEach(key -> keys.add(key.toString()));
		return keys;
	}

	private static Set<String> missing(Set<String> expected, Set<String> actual) {
		Set<String> missing = new TreeSet<>(expected);
		missing.removeAll(actual);
		return missing;
	}

}
