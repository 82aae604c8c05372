package danvan.platform.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

import danvan.test.DanvanSpringTest;

/**
 * Every indicator a module contributes has a name and a unit of measure in Vietnamese and English, and two
 * modules never claim the same code: report templates and the API refer to indicators by code.
 */
@DanvanSpringTest
class FigureCatalogueTests {

	@Autowired
	Figures figures;

	@Autowired
	MessageSource messages;

	@Test
	void everyIndicatorIsNamedInBothLanguages() {
		for (Indicator indicator : figures.catalogue()) {
			for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
				assertThat(message(indicator.nameKey(), locale)).as("%s name in %s", indicator.code(), locale)
					.isNotBlank();
				assertThat(message(indicator.measureKey(), locale)).as("%s measure in %s", indicator.code(), locale)
					.isNotBlank();
			}
		}
	}

	@Test
	void twoSourcesCannotClaimOneCode() {
		FigureSource a = source("dialogue.held");
		FigureSource b = source("dialogue.held");
		assertThatThrownBy(() -> new Figures(List.of(a, b))).hasMessageContaining("dialogue.held");
	}

	@Test
	void figuresComeBackInCatalogueOrder() {
		Figures two = new Figures(List.of(source("b.second"), source("a.first")));
		assertThat(two.figures(new FigureQuery(1, java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2020, 12, 31))))
			.extracting(Figure::code)
			.containsExactly("b.second", "a.first");
	}

	@Test
	void aCodeMustNameItsModule() {
		assertThatThrownBy(() -> new Indicator("Held", "x", "y")).isInstanceOf(IllegalArgumentException.class);
	}

	private String message(String key, Locale locale) {
		try {
			return messages.getMessage(key, null, locale);
		}
		catch (NoSuchMessageException e) {
			return "";
		}
	}

	private static FigureSource source(String code) {
		return new FigureSource() {
			@Override
			public List<Indicator> indicators() {
				return List.of(new Indicator(code, "k", "platform.figures.measure.count"));
			}

			@Override
			public List<Figure> figures(FigureQuery query) {
				return List.of(Figure.of(code, 1, null));
			}
		};
	}

}
