package danvan.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import danvan.org.OrgDirectory;
import danvan.oversight.inspection.Inspection;
import danvan.oversight.inspection.InspectionFilter;
import danvan.oversight.inspection.InspectionForm;
import danvan.oversight.inspection.InspectionService;
import danvan.oversight.inspection.RecommendationService;
import danvan.platform.security.Actor;
import danvan.test.DanvanSpringTest;

/** A refused inline form of the inspection and directive pages comes back with its message and what was typed. */
@DanvanSpringTest
class OversightInlineFormsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	InspectionService inspections;

	@Autowired
	RecommendationService recommendations;

	@Autowired
	OrgDirectory org;

	@Test
	void aRecommendationWithoutItsDueDateIsRefusedAndItsTextIsKept() throws Exception {
		UserDetails board = users.loadUserByUsername("bandanvan");
		Inspection surprise = inspections.list((Actor) board, new InspectionFilter(null, 2020, null,
				InspectionForm.SURPRISE, null, null, null, null, null, null, null, null)).get(0);
		int before = recommendations.of((Actor) board, surprise).size();
		String typed = "Rà soát, bổ sung quy chế dân chủ ở ấp <b>trước</b> quý IV";
		MvcResult refused = mvc.perform(post("/oversight/inspections/" + surprise.getId() + "/recommendations")
			.param("version", String.valueOf(surprise.getVersion()))
			.param("text", typed)
			.param("addresseeUnitId", String.valueOf(org.unitByCode("XA_BINH_DUC").orElseThrow().id()))
			.with(user(board))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(recommendations.of((Actor) board, surprise)).as("nothing saved").hasSize(before);
		mvc.perform(get("/oversight/inspections/" + surprise.getId()).flashAttrs(refused.getFlashMap()).with(user(board)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"maxlength=\"2000\">Rà soát, bổ sung quy chế dân chủ ở ấp &lt;b&gt;trước&lt;/b&gt; quý IV</textarea>")))
			.andExpect(content().string(containsString("is-invalid")));
	}

	@Test
	void aDirectiveWithoutUnitsIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
		UserDetails board = users.loadUserByUsername("bandanvan");
		MvcResult refused = mvc.perform(post("/oversight/directives")
			.param("number", "99-CT/TU")
			.param("issuer", "Tỉnh ủy")
			.param("level", "PROVINCE")
			.param("issuedOn", "2026-11-20")
			.param("summary", "Về tăng cường công tác dân vận trong tình hình mới")
			.param("ownerUnitId", String.valueOf(org.unitByCode("BTGDV_DONG_THAP").orElseThrow().id()))
			.param("disseminateBy", "2026-12-20")
			.with(user(board))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		mvc.perform(get("/oversight/directives").flashAttrs(refused.getFlashMap()).with(user(board)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"99-CT/TU\"")))
			.andExpect(content().string(containsString(">Về tăng cường công tác dân vận trong tình hình mới</textarea>")))
			.andExpect(content().string(containsString("value=\"2026-12-20\"")));
	}

}
