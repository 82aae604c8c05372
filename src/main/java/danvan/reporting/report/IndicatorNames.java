package danvan.reporting.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import danvan.platform.figures.Figures;
import danvan.platform.figures.Indicator;

/** An indicator's printed name and unit of measure, and a figure as printed (Vietnamese digits grouping). */
@Component
class IndicatorNames {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final Figures figures;

	private final MessageSource messages;

	IndicatorNames(Figures figures, MessageSource messages) {
		this.figures = figures;
		this.messages = messages;
	}

	String name(String code) {
		return figures.catalogue().stream().filter(i -> i.code().equals(code)).findFirst()
			.map(Indicator::nameKey).map(this::msg).orElse(code);
	}

	String measure(String code) {
		return figures.catalogue().stream().filter(i -> i.code().equals(code)).findFirst()
			.map(Indicator::measureKey).map(this::msg).orElse("");
	}

	static String number(BigDecimal value) {
		NumberFormat format = NumberFormat.getNumberInstance(VI);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	String msg(String key, Object... args) {
		return messages.getMessage(key, args, VI);
	}

}
