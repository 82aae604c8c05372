package danvan.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import danvan.platform.calendar.WorkingCalendar;
import danvan.test.DanvanSpringTest;

/** The official calendars of 2021–2026 as deadlines see them, and the administrator adding an announced day. */
@DanvanSpringTest
@Tag("db")
class WorkingCalendarYearsTests {

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void deadlinesSkipTetCompensatoryDaysAndCountMakeUpSaturdays() {
		// Friday 24/1/2025: Tết Ất Tỵ 27–31/1 off, so 3 working days end Wednesday 5/2
		assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 1, 24), 3)).isEqualTo(LocalDate.of(2025, 2, 5));
		// Saturday 26/4/2025 is a make-up working day; 30/4, 1/5 and the swapped 2/5 are off
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
		assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 4, 25), 2)).isEqualTo(LocalDate.of(2025, 4, 28));
		assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 4, 29), 1)).isEqualTo(LocalDate.of(2025, 5, 5));
		// 2/9/2023 fell on a Saturday: 1/9 and the compensatory Monday 4/9 are off
		assertThat(calendar.plusWorkingDays(LocalDate.of(2023, 8, 31), 1)).isEqualTo(LocalDate.of(2023, 9, 5));
		// Tết Dương lịch 2026 ran from Thursday 1/1 to Sunday 4/1
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
		for (int year = 2020; year <= 2026; year++) {
			assertThat(calendar.year(year)).as("days of %s", year).isNotEmpty()
				.allSatisfy(d -> assertThat(d.legalBasis()).isNotBlank());
		}
	}

	@Test
	void theAdministratorAddsAnAnnouncedDayAndItIsAudited() throws Exception {
		mvc.perform(post("/admin/calendar").with(as("admin")).param("day", "2027-02-08").param("kind", "OFF")
			.param("name", "Tết Nguyên đán Đinh Mùi").param("legalBasis", "Thông báo lịch nghỉ Tết Đinh Mùi"))
			.andExpect(flash().attribute("flash", "Đã thêm ngày vào lịch."));
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
		assertThat(jdbc.queryForObject("select count(*) from platform_audit_entry where entity_type = 'CalendarDay'"
				+ " and entity_id = '2027-02-08' and actor = 'admin'", Integer.class)).isEqualTo(1);
		mvc.perform(post("/admin/calendar").with(as("admin")).param("day", "2027-02-08").param("kind", "OFF")
			.param("name", "Lần nữa").param("legalBasis", "x"))
			.andExpect(flash().attribute("problem", "Ngày này đã có trong lịch."));
		mvc.perform(post("/admin/calendar").with(as("admin")).param("day", "2027-02-10").param("kind", "WORKING")
			.param("name", "Làm bù").param("legalBasis", "x"))
			.andExpect(flash().attribute("problem", "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật."));
		mvc.perform(post("/admin/calendar").with(as("admin")).param("day", "2027-02-11").param("kind", "OFF")
			.param("name", "x".repeat(5000)).param("legalBasis", "x"))
			.andExpect(flash().attribute("problemField", "name"));
		mvc.perform(get("/admin/calendar").param("year", "2027").with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tết Nguyên đán Đinh Mùi")));
		mvc.perform(post("/admin/calendar").with(as("bandanvan")).param("day", "2027-02-12").param("kind", "OFF")
			.param("name", "x").param("legalBasis", "x"))
			.andExpect(status().isForbidden());
	}

	private RequestPostProcessor as(String username) {
		var details = users.loadUserByUsername(username);
		return request -> csrf().postProcessRequest(user(details).postProcessRequest(request));
	}

}
