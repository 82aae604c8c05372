package danvan.commendation.registry;

import static danvan.commendation.CommendationWeb.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import danvan.platform.security.Actor;
import danvan.test.DanvanSpringTest;

import danvan.commendation.RecipientKind;

/** Statistics by year, kind, award, level and unit agree with a count of the registry's rows; the Excel too. */
@DanvanSpringTest
class CommendationStatisticsTests {

	@Autowired
	CommendationStatistics statistics;

	@Autowired
	CommendationRepository registry;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Test
	void the2020FiguresAreTheRegistrysRowsInForceCountedOneByOne() throws Exception {
		Actor board = (Actor) users.loadUserByUsername("bandanvan");
		List<Commendation> rows = registry.grantedBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
		long collectives = rows.stream().filter(c -> c.getRecipientKind() == RecipientKind.COLLECTIVE).count();
		long individuals = rows.stream().filter(c -> c.getRecipientKind() == RecipientKind.INDIVIDUAL).count();
		assertThat(collectives).isGreaterThanOrEqualTo(6); // 125-QĐ/BDVHU: 6 collectives and 21 individuals
		assertThat(individuals).isGreaterThanOrEqualTo(21);

		CommendationStatistics.Statistics s = statistics.of(board, 2020, 2020, null);
		assertThat(s.byYear()).singleElement().satisfies(t -> {
			assertThat(t.key()).isEqualTo("2020");
			assertThat(t.collectives()).isEqualTo(collectives);
			assertThat(t.individuals()).isEqualTo(individuals);
		});
		assertThat(s.byAward().stream().mapToLong(CommendationStatistics.Total::count).sum())
			.isEqualTo(collectives + individuals);
		assertThat(s.byLevel()).isNotEmpty();
		assertThat(s.byUnit()).isNotEmpty();

		byte[] xlsx = mvc.perform(get("/commendation/statistics.xlsx").param("from", "2020").param("to", "2020")
			.with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Thống kê");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("THỐNG KÊ KHEN THƯỞNG");
			Row year = sheet.getRow(3);
			assertThat(year.getCell(0).getStringCellValue()).isEqualTo("2020");
			assertThat(year.getCell(1).getNumericCellValue()).isEqualTo(collectives);
			assertThat(year.getCell(2).getNumericCellValue()).isEqualTo(individuals);
		}
	}

	@Test
	void aPageShowsTheTotalsAndABadYearIsExplained() throws Exception {
		mvc.perform(get("/commendation/statistics").param("from", "2020").param("to", "2020").with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Theo hình thức")))
			.andExpect(content().string(containsString("lượt tập thể")));
		mvc.perform(get("/commendation/statistics").param("from", "2021").param("to", "2020").with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("năm đầu không sau năm cuối")));
	}

}
