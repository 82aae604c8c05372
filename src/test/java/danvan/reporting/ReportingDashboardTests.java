package danvan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import danvan.org.OrgDirectory;
import danvan.platform.figures.Figure;
import danvan.platform.figures.FigureQuery;
import danvan.platform.figures.Figures;
import danvan.reporting.dashboard.ReportingDashboard;
import danvan.test.DanvanSpringTest;

/** The dashboard: its charts are the catalogue's figures, each over a table that reads without JavaScript. */
@DanvanSpringTest
class ReportingDashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrgDirectory org;

	@Autowired
	Figures figures;

	@Autowired
	ReportingDashboard dashboard;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDistrictsQ3Of2020DashboardDrawsTheRecordsFiguresWithTablesAndLinks() throws Exception {
		Long district = unit("HU_CHAU_THANH");
		String page = mvc.perform(get("/reporting/dashboard").with(as("bandanvan"))
			.param("unit", district.toString())
			.param("from", "2020-07-01")
			.param("to", "2020-09-30"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		dashboard.definitions().forEach(d -> assertThat(page).contains(d.getTitle().replace("\"", "&quot;")));
		// the movements' chart shows the same count as the figure catalogue for the period
		Figure participants = figures.figures(new FigureQuery(district, LocalDate.of(2020, 7, 1), LocalDate.of(2020, 9, 30)))
			.stream()
			.filter(f -> f.code().equals("emulation.participants"))
			.findFirst()
			.orElseThrow();
		Matcher row = Pattern.compile("id=\"chart-movements\".*?Đơn vị tham gia phong trào thi đua</a>.*?data-value=\"([0-9.]+)\"",
				Pattern.DOTALL).matcher(page);
		assertThat(row.find()).isTrue();
		assertThat(new java.math.BigDecimal(row.group(1))).isEqualByComparingTo(participants.value());
		assertThat(participants.value()).isPositive();
		// commendations by year: the five years up to 2020, the 2020 collectives as the registry counts them
		assertThat(page).contains(">2016<", ">2020<");
		assertThat(page).containsPattern("<script src=\"/webjars/chart.js/[0-9.]+/dist/chart.umd.min.js\"></script>")
			.contains("<script src=\"/js/charts.js\"></script>")
			.contains("data-chart=\"doughnut\"");
		mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js")).andExpect(status().isOk());
		mvc.perform(get("/js/charts.js")).andExpect(status().isOk());
	}

	@Test
	void aReversedPeriodIsExplainedAndAnotherCommunesDashboardIsRefused() throws Exception {
		String page = mvc.perform(get("/reporting/dashboard").with(as("binhduc"))
			.param("from", "2026-12-31")
			.param("to", "2026-10-01"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.");
		mvc.perform(get("/reporting/dashboard").with(as("binhduc")).param("unit", unit("DUX_LONG_DINH").toString()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/reporting/dashboard").with(as("binhduc"))).andExpect(status().isOk());
	}

	@Test
	void everyIndicatorOfTheDashboardIsInTheCatalogue() {
		dashboard.definitions()
			.forEach(d -> d.figureCodeList().forEach(code -> assertThat(figures.knows(code)).as(d.getCode() + ": " + code).isTrue()));
		assertThat(dashboard.definitions()).hasSizeGreaterThanOrEqualTo(7);
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private Long unit(String code) {
		return org.unitByCode(code).orElseThrow().id();
	}

}
