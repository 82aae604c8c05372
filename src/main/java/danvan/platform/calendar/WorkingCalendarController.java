package danvan.platform.calendar;

import static danvan.platform.security.OrgScope.NONE;
import static danvan.platform.security.Role.ADMIN;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import danvan.platform.security.Access;
import danvan.platform.web.Flash;
import danvan.platform.web.RuleViolationException;

/** The administrator's page of a year's days off and make-up working days, where an announced day is added. */
@Controller
@RequestMapping("/admin/calendar")
class WorkingCalendarController {

	private final WorkingCalendar calendar;

	private final Flash flash;

	private final java.time.Clock clock;

	WorkingCalendarController(WorkingCalendar calendar, Flash flash, java.time.Clock clock) {
		this.calendar = calendar;
		this.flash = flash;
		this.clock = clock;
	}

	@Access(roles = ADMIN, scope = NONE)
	@GetMapping
	String year(@RequestParam(required = false) Integer year, Model model) {
		int y = year == null || year < 2000 || year > 2100 ? LocalDate.now(clock).getYear() : year;
		model.addAttribute("year", y);
		model.addAttribute("days", calendar.year(y));
		model.addAttribute("kinds", CalendarDay.Kind.values());
		return "platform/calendar";
	}

	@Access(roles = ADMIN, scope = NONE)
	@PostMapping
	String add(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) CalendarDay.Kind kind, @RequestParam(required = false) String name,
			@RequestParam(required = false) String legalBasis, RedirectAttributes redirect) {
		try {
			calendar.add(new CalendarDay(day, kind, name, legalBasis));
			flash.add(redirect, "platform.calendar.added");
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("problem", flash.text(e.messageKey(), e.arguments()));
			redirect.addFlashAttribute("problemField", e.field());
			redirect.addFlashAttribute("entered", new CalendarDay(day, kind, name, legalBasis));
		}
		return "redirect:/admin/calendar?year=" + (day == null ? LocalDate.now(clock).getYear() : day.getYear());
	}

}
