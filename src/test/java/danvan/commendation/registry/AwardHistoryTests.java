package danvan.commendation.registry;

import static danvan.commendation.CommendationWeb.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.test.DanvanSpringTest;

import danvan.commendation.RecipientKind;
import danvan.commendation.eligibility.EligibleThisYear;

/**
 * An official's and a unit's page show their awards (org knows nothing of commendation: it asks the platform's
 * RecordsAbout beans); "eligible this year" lists who reaches an award's thresholds in a year, and why.
 */
@DanvanSpringTest
class AwardHistoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	RegistryService registry;

	@Autowired
	EligibleThisYear eligibleThisYear;

	@Autowired
	OrgDirectory org;

	@Test
	void anOfficialsPageListsTheAwardsWithDateAndDecisionNumber() throws Exception {
		Commendation award = registry.search("125-QĐ/BDVHU").stream()
			.filter(c -> c.getRecipientKind() == RecipientKind.INDIVIDUAL && c.getOfficialId() != null)
			.findFirst().orElseThrow();
		mvc.perform(get("/org/officials/{id}", award.getOfficialId()).with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quá trình khen thưởng")))
			.andExpect(content().string(containsString(registry.awardName(award.getAwardTypeId()))))
			.andExpect(content().string(containsString("125-QĐ/BDVHU")))
			.andExpect(content().string(containsString("/commendation/registry?official=" + award.getOfficialId())));
		mvc.perform(get("/commendation/registry").param("official", award.getOfficialId().toString())
			.with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(award.getRecipientName())));
	}

	@Test
	void aUnitsPageListsItsCollectiveAwardsAndAnOfficialWithoutAwardsShowsNoCard() throws Exception {
		Commendation award = registry.search("125-QĐ/BDVHU").stream()
			.filter(c -> c.getRecipientKind() == RecipientKind.COLLECTIVE).findFirst().orElseThrow();
		mvc.perform(get("/org/units/{id}", award.getUnitId()).with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quá trình khen thưởng")))
			.andExpect(content().string(containsString("125-QĐ/BDVHU")));
		Long province = org.unitByCode("TU_DONG_THAP").orElseThrow().id();
		Long unawarded = org.unitIdsWithin(province).stream().flatMap(u -> org.officialsIn(u).stream())
			.filter(o -> registry.ofOfficial(o.id()).isEmpty()).findFirst().orElseThrow().id();
		mvc.perform(get("/org/officials/{id}", unawarded).with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Quá trình khen thưởng"))));
	}

	@Test
	void theYearAnOfficialReachesTenYearsHeIsNewlyEligibleAndTheNextYearStillEligible() throws Exception {
		Actor board = (Actor) users.loadUserByUsername("bandanvan");
		Long unit = org.unitByCode("BDV_CHAU_THANH").orElseThrow().id(); // Lê Minh Tâm: 10 years on 30/06/2016
		List<EligibleThisYear.Row> y2016 = eligibleThisYear.list(board, "KNC_DV", unit, 2016);
		EligibleThisYear.Row tam = y2016.stream().filter(r -> r.name().equals("Lê Minh Tâm")).findFirst().orElseThrow();
		assertThat(tam.fresh()).isTrue();
		assertThat(tam.atYearEnd().asOf()).isEqualTo(LocalDate.of(2016, 12, 31));
		assertThat(tam.atYearEnd().rules()).anySatisfy(r -> assertThat(r.explanation()).endsWith("cần 10 năm ✓"));
		assertThat(eligibleThisYear.list(board, "KNC_DV", unit, 2017)).filteredOn(r -> r.name().equals("Lê Minh Tâm"))
			.singleElement().satisfies(r -> assertThat(r.fresh()).isFalse());
		assertThat(y2016).allSatisfy(r -> assertThat(r.atYearEnd().eligible()).isTrue());

		mvc.perform(get("/commendation/eligibility/year").param("award", "KNC_DV").param("unit", unit.toString())
			.param("year", "2016").with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lê Minh Tâm")))
			.andExpect(content().string(containsString("Mới đủ trong năm")));
		mvc.perform(get("/commendation/eligibility/year").param("award", "KNC_DV").param("unit", unit.toString())
			.param("year", "20x6").with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Năm phải là bốn chữ số")));
	}

}
