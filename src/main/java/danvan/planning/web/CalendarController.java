package danvan.planning.web;

import static danvan.platform.security.Audience.PUBLIC;
import static danvan.platform.security.Audience.SIGNED_IN;
import static danvan.platform.security.OrgScope.NONE;
import static danvan.platform.security.OrgScope.SUBTREE;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import danvan.planning.calendar.CalendarEntry;
import danvan.planning.calendar.CalendarService;
import danvan.platform.security.Access;
import danvan.platform.security.Actor;
import danvan.platform.security.CurrentActor;
import danvan.platform.web.Flash;
import danvan.platform.web.NotFoundException;

/**
 * The calendar as a month, week or list drawn on the server (no script, so the CSP stays strict and it prints), and
 * the person's iCalendar feed that Outlook or a phone subscribes to.
 */
@Controller
class CalendarController {

	public record Day(LocalDate date, boolean inMonth, boolean today, List<CalendarEntry> entries) {
	}

	private final CalendarService calendar;

	private final UnitOptions units;

	private final Flash flash;

	CalendarController(CalendarService calendar, UnitOptions units, Flash flash) {
		this.calendar = calendar;
		this.units = units;
		this.flash = flash;
	}

	@Access(value = SIGNED_IN, scope = SUBTREE)
	@GetMapping("/planning/calendar")
	String calendar(@RequestParam(defaultValue = "month") String view,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Long unit, Model model, HttpServletRequest request) {
		Actor actor = CurrentActor.require();
		LocalDate today = calendar.today();
		LocalDate day = date == null || date.getYear() < 2000 || date.getYear() > 2100 ? today : date;
		String mode = switch (view) {
			case "week", "list" -> view;
			default -> "month";
		};
		LocalDate from;
		LocalDate to;
		if (mode.equals("week")) {
			from = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			to = from.plusDays(6);
		}
		else {
			from = day.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			to = day.withDayOfMonth(day.lengthOfMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
			if (mode.equals("list")) {
				from = day.withDayOfMonth(1);
				to = day.withDayOfMonth(day.lengthOfMonth());
			}
		}
		Long narrow = unit != null && units.readable(actor).stream().anyMatch(u -> u.id().equals(unit)) ? unit : null;
		List<CalendarEntry> entries = calendar.entries(actor, from, to, narrow);
		Map<LocalDate, List<CalendarEntry>> byDay = entries.stream().collect(Collectors.groupingBy(CalendarEntry::day));
		List<List<Day>> weeks = new ArrayList<>();
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(7)) {
			List<Day> week = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				LocalDate x = d.plusDays(i);
				week.add(new Day(x, mode.equals("week") || x.getMonth() == day.getMonth(), x.equals(today),
						byDay.getOrDefault(x, List.of())));
			}
			weeks.add(week);
		}
		model.addAttribute("view", mode);
		model.addAttribute("day", day);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("previous", mode.equals("week") ? day.minusWeeks(1) : day.minusMonths(1).withDayOfMonth(1));
		model.addAttribute("next", mode.equals("week") ? day.plusWeeks(1) : day.plusMonths(1).withDayOfMonth(1));
		model.addAttribute("weeks", weeks);
		model.addAttribute("entries", entries);
		model.addAttribute("unit", narrow);
		model.addAttribute("unitOptions", units.readable(actor));
		model.addAttribute("feedUrl", feedUrl(calendar.tokenOf(actor)));
		return "planning/calendar";
	}

	@Access(value = SIGNED_IN, scope = NONE)
	@PostMapping("/planning/calendar/renew")
	String renew(RedirectAttributes redirect) {
		calendar.renew(CurrentActor.require());
		flash.add(redirect, "planning.calendar.renewed");
		return "redirect:/planning/calendar";
	}

	/** The subscribed feed: the token is the credential; an unknown one is a plain 404 that tells nothing. */
	@Access(PUBLIC)
	@GetMapping(value = "/calendar/{token}.ics")
	@io.swagger.v3.oas.annotations.tags.Tag(name = "planning.api.tag", description = "planning.api.tag.description")
	@io.swagger.v3.oas.annotations.Operation(summary = "planning.api.feed.summary", description = "planning.api.feed.description")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "planning.api.feed.ok")
	ResponseEntity<String> feed(@io.swagger.v3.oas.annotations.Parameter(description = "planning.api.feed.token") @PathVariable String token) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		String body = calendar.feed(token, base).orElseThrow(NotFoundException::record);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
			.header("Cache-Control", "private, max-age=900")
			.body(body);
	}

	private static String feedUrl(String token) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/calendar/{token}.ics").buildAndExpand(token).toUriString();
	}

}
