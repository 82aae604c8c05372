package danvan.commendation.registry;

import static danvan.commendation.CommendationWeb.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import danvan.org.OrgDirectory;
import danvan.platform.figures.Figure;
import danvan.platform.figures.FigureQuery;
import danvan.test.DanvanSpringTest;

/** October 2020: the decision's 6 collectives and 21 individuals, counted through mergers. */
@DanvanSpringTest
class CommendationFiguresTests {

	@Autowired
	CommendationFigures figures;

	@Autowired
	OrgDirectory org;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theDistrictsOctober2020AwardsAreSixCollectivesAndTwentyOneIndividuals() throws Exception {
		Long district = org.unitByCode("HU_CHAU_THANH").orElseThrow().id();
		Long province = org.currentSuccessorOf(district).orElseThrow().id();
		Map<String, Figure> october = byCode(new FigureQuery(district, LocalDate.of(2020, 10, 1), LocalDate.of(2020, 10, 31)));
		Map<String, Figure> viaToday = byCode(new FigureQuery(province, LocalDate.of(2020, 10, 1), LocalDate.of(2020, 10, 31)));
		assertThat(october.get(CommendationFigures.COLLECTIVES).value()).isEqualByComparingTo("6");
		// today's province holds the old district through the merger: the whole decision 125-QĐ/BDVHU
		assertThat(viaToday.get(CommendationFigures.COLLECTIVES).value()).isEqualByComparingTo("6");
		assertThat(viaToday.get(CommendationFigures.INDIVIDUALS).value()).isEqualByComparingTo("21");
		assertThat(viaToday.get("commendation.awards.category.form").value()).isEqualByComparingTo("27");
		mvc.perform(get("/api/commendation/figures").param("unit", district.toString()).param("from", "2020-10-01")
			.param("to", "2020-10-31").with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'commendation.awards.collectives')].value").value(hasItem(6)))
			.andExpect(jsonPath("$[0].recordsPath").value("/commendation/registry?unit=" + district
					+ "&from=2020-10-01&to=2020-10-31"));
		mvc.perform(get("/api/commendation/figures").param("unit", district.toString()).param("from", "2020-10-31")
			.param("to", "2020-10-01").with(as(users, "bandanvan")))
			.andExpect(status().isUnprocessableContent());
	}

	private Map<String, Figure> byCode(FigureQuery query) {
		return figures.figures(query).stream().collect(Collectors.toMap(Figure::code, f -> f));
	}

}
