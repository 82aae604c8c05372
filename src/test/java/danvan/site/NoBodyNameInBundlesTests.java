package danvan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Message bundles and templates hold sentence templates, never a body's name: the names come from the site's
 * identity and the org tree. A demo name here would be published by every production install.
 */
class NoBodyNameInBundlesTests {

	@Test
	void noBundleOrTemplateNamesADemoBodyOrPlace() throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Resource[] bundles = resolver.getResources("classpath*:messages/*.properties");
		Resource[] templates = resolver.getResources("classpath*:templates/**/*.html");
		assertThat(bundles).isNotEmpty();
		assertThat(templates).isNotEmpty();
		SoftAssertions softly = new SoftAssertions();
		for (Resource[] group : new Resource[][] { bundles, templates }) {
			for (Resource resource : group) {
				String text = resource.getContentAsString(StandardCharsets.UTF_8);
				ProductionInstallTests.DEMO_NAMES
					.forEach(name -> softly.assertThat(text).as(resource.getFilename()).doesNotContain(name));
			}
		}
		softly.assertAll();
	}

}
