package danvan.commendation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import danvan.org.OrgDirectory;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.Audience;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

import danvan.commendation.registry.CommendationStatistics;

/** Statistics of the registry by year, kind, award, level and unit, on screen and as Excel. */
@Controller
class StatisticsController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final CommendationStatistics statistics;

	private final StatisticsSheet sheet;

	private final PickLists picks;

	private final OrgDirectory org;

	private final Flash flash;

	private final Clock clock;

	StatisticsController(CommendationStatistics statistics, StatisticsSheet sheet, PickLists picks, OrgDirectory org,
			Flash flash, Clock clock) {
		this.statistics = statistics;
		this.sheet = sheet;
		this.picks = picks;
		this.org = org;
		this.flash = flash;
		this.clock = clock;
	}

	@Access(Audience.SIGNED_IN)
	@GetMapping("/commendation/statistics")
	String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Long unit, Model model) {
		Actor actor = CurrentActor.require();
		List<PickLists.Option> units = picks.units(actor);
		int thisYear = LocalDate.now(clock).getYear();
		model.addAttribute("units", units);
		model.addAttribute("unit", unit);
		model.addAttribute("from", from == null ? String.valueOf(thisYear - 9) : from);
		model.addAttribute("to", to == null ? String.valueOf(thisYear) : to);
		try {
			model.addAttribute("stats", statistics.of(actor, year(from, thisYear - 9, "from"), year(to, thisYear, "to"), unit));
		}
		catch (RuleViolationException e) {
			model.addAttribute("errorText", flash.text(e.messageKey(), e.arguments()));
			model.addAttribute("errorField", e.field());
		}
		return "commendation/statistics";
	}

	@Access(Audience.SIGNED_IN)
	@GetMapping("/commendation/statistics.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Long unit, Locale locale) {
		int thisYear = LocalDate.now(clock).getYear();
		int first = year(from, thisYear - 9, "from");
		int last = year(to, thisYear, "to");
		var stats = statistics.of(CurrentActor.require(), first, last, unit);
		String unitName = unit == null ? flash.text("commendation.statistics.allUnits") : org.nameOf(unit).orElse("");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("thong-ke-khen-thuong-" + first + "-" + last + ".xlsx")
						.build().toString())
			.contentType(MediaType.parseMediaType(XLSX))
			.body(sheet.write(stats, unitName, locale));
	}

	private static int year(String value, int fallback, String field) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		if (!value.strip().matches("\\d{4}")) {
			throw RuleViolationException.onField(field, "commendation.statistics.yearsInvalid");
		}
		return Integer.parseInt(value.strip());
	}

}
