package danvan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import biweekly.Biweekly;
import biweekly.ICalendar;

import danvan.org.OrgDirectory;
import danvan.planning.calendar.CalendarEntry;
import danvan.planning.calendar.CalendarService;
import danvan.platform.security.Actor;
import danvan.test.DanvanSpringTest;

/**
 * Other modules' deadlines on the planning calendar (platform.calendar's DeadlineSource): petitions' reply dates,
 * inspection recommendations' due dates, directives' dissemination dates and emulation's review steps, each shown
 * only to those who may read the record, and narrowed to a unit's subtree on request.
 */
@DanvanSpringTest
class CalendarDeadlinesTests {

	static final LocalDate FROM = LocalDate.of(2026, 11, 1);

	static final LocalDate TO = LocalDate.of(2026, 12, 31);

	/** The two demo petitions of 2026 asking for a bridge, one per commune. */
	static final String KIM_SON = "cầu dân sinh tại xã Kim Sơn";

	static final String LONG_DINH = "cầu dân sinh tại xã Long Định";

	@Autowired
	CalendarService calendar;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrgDirectory org;

	@Autowired
	MockMvc mvc;

	@Test
	void eachCommuneSeesItsOwnPetitionsReplyDateAndTheBoardSeesBoth() {
		assertThat(sees("bandanvan", null, KIM_SON)).isTrue();
		assertThat(sees("bandanvan", null, LONG_DINH)).isTrue();
		assertThat(sees("binhduc", null, KIM_SON)).isTrue();
		assertThat(sees("binhduc", null, LONG_DINH)).isFalse();
		assertThat(sees("longdinh", null, LONG_DINH)).isTrue();
		assertThat(sees("longdinh", null, KIM_SON)).isFalse();
		CalendarEntry reply = entries("binhduc", null).stream()
			.filter(e -> e.title().contains(KIM_SON))
			.findFirst()
			.orElseThrow();
		assertThat(reply.kind()).isEqualTo("dialogue.deadline.petition-reply");
		assertThat(reply.isAllDay()).isTrue();
		assertThat(reply.getLink()).startsWith("/dialogue/petitions/");
	}

	@Test
	void recommendationsDirectivesAndReviewStepsComeWithTheirOwnKinds() {
		List<String> kinds = entries("bandanvan", null).stream().map(CalendarEntry::kind).distinct().toList();
		assertThat(kinds).contains("oversight.deadline.recommendation", "oversight.deadline.directive", "emulation.deadline.review");
		// Long Định's officer sees the apology letter addressed to Long Định, not the one to Kim Sơn
		List<CalendarEntry> longDinh = entries("longdinh", null);
		assertThat(longDinh).filteredOn(e -> e.title().startsWith("Gửi thư xin lỗi")).hasSize(1);
		assertThat(longDinh).noneMatch(e -> e.title().contains("Nghị quyết Đại hội Đảng bộ xã Kim Sơn"));
		assertThat(entries("longdinh", null)).noneMatch(e -> e.kind().equals("emulation.deadline.review"));
	}

	@Test
	void choosingAUnitNarrowsTheDeadlinesToItsSubtree() {
		Long longDinh = org.unitByCode("DUX_LONG_DINH").orElseThrow().id();
		assertThat(sees("bandanvan", longDinh, LONG_DINH)).isTrue();
		assertThat(sees("bandanvan", longDinh, KIM_SON)).isFalse();
	}

	@Test
	void thePageAndTheFeedCarryTheDeadlines() throws Exception {
		var details = users.loadUserByUsername("binhduc");
		mvc.perform(get("/planning/calendar").param("view", "list").param("date", "2026-12-01").with(user(details)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hạn trả lời kiến nghị")))
			.andExpect(content().string(containsString(KIM_SON)))
			.andExpect(content().string(not(containsString(LONG_DINH))));
		String ics = mvc.perform(get("/calendar/{token}.ics", calendar.tokenOf(actor("binhduc"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		ICalendar parsed = Biweekly.parse(ics).first();
		assertThat(parsed.getEvents()).anyMatch(e -> e.getSummary().getValue().contains(KIM_SON));
	}

	private boolean sees(String who, Long unit, String title) {
		return entries(who, unit).stream().anyMatch(e -> e.kind().startsWith("dialogue.") && e.title().contains(title));
	}

	private List<CalendarEntry> entries(String who, Long unit) {
		return calendar.entries(actor(who), FROM, TO, unit);
	}

	private Actor actor(String username) {
		return (Actor) users.loadUserByUsername(username);
	}

}
