package danvan.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

import danvan.org.UnitPicker;
import danvan.platform.security.Actor;

/**
 * The unit and period a figures page or a dashboard shows: what the reader chose, otherwise the reader's own unit
 * and the current calendar quarter.
 */
record ChosenUnitPeriod(Long unit, LocalDate from, LocalDate to) {

	static ChosenUnitPeriod of(Long unit, LocalDate from, LocalDate to, Actor actor, Clock clock) {
		LocalDate today = LocalDate.now(clock);
		LocalDate quarterStart = today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
		return new ChosenUnitPeriod(unit != null ? unit : actor.homeUnitId(), from != null ? from : quarterStart,
				to != null ? to : quarterStart.plusMonths(3).minusDays(1));
	}

	/** The form's choices and values: the units the reader reads, the chosen unit and the period. */
	void fillForm(Model model, Actor actor, UnitPicker units, MessageSource messages, Locale locale) {
		model.addAttribute("units", units.readableBy(actor, messages.getMessage("reporting.figures.ended", null, locale)));
		model.addAttribute("unit", unit);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
	}

}
