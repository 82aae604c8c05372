package danvan.commendation.eligibility;

import static danvan.commendation.CommendationWeb.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import danvan.org.OrgDirectory;
import danvan.test.DanvanSpringTest;

/**
 * The administrator's rule page and the board's ratings-and-discipline page as a person uses them: the demo
 * medal's rules with their sources, a refused rule that keeps what was typed, an added rule, a refused rating
 * next to its field, and who may open them.
 */
@DanvanSpringTest
class RuleAdminPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrgDirectory org;

	@Test
	void theAdministratorSeesTheMedalsRulesAndAddsOneAfterARefusalThatKeptTheText() throws Exception {
		mvc.perform(get("/commendation/admin/rules").param("award", "KNC_DV").with(as(users, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Số năm công tác dân vận"), containsString("Đang áp dụng"),
					containsString("quy chế của Ban chưa công khai"))));
		jdbc.update("insert into commendation_award_type (code, name, recipient_kind, category, granting_authority,"
				+ " legal_basis, sort_order, active) values ('T_PAGE_RULE', 'Giấy khen thử', 'INDIVIDUAL', 'FORM', 'Ban',"
				+ " 'Thử', 998, false)");
		mvc.perform(post("/commendation/admin/rules").with(as(users, "admin")).param("award", "T_PAGE_RULE")
			.param("kind", "RATING").param("requiredRating", "EXCELLENT").param("windowYears", "5").param("minCount", "5")
			.param("consecutive", "true").param("note", "Đảng viên 5 năm liền").param("effectiveFrom", "2026-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Nhập căn cứ pháp lý"), containsString("Đảng viên 5 năm liền"))));
		mvc.perform(post("/commendation/admin/rules").with(as(users, "admin")).param("award", "T_PAGE_RULE")
			.param("kind", "RATING").param("requiredRating", "EXCELLENT").param("windowYears", "5").param("minCount", "5")
			.param("consecutive", "true").param("legalBasis", "Hướng dẫn 06-HD/TW, khoản 19.2")
			.param("effectiveFrom", "2026-01-01"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "Đã thêm điều kiện."));
		assertThat(jdbc.queryForObject("select count(*) from commendation_rule r join commendation_award_type t"
				+ " on t.id = r.award_type_id where t.code = 'T_PAGE_RULE' and r.kind = 'RATING' and r.consecutive",
				Integer.class)).isEqualTo(1);
		mvc.perform(get("/commendation/admin/rules").param("award", "T_PAGE_RULE").with(as(users, "admin")))
			.andExpect(content().string(containsString("Hoàn thành xuất sắc nhiệm vụ: 5/5 năm gần nhất, liên tục")));
	}

	@Test
	void theBoardRecordsARatingAndARefusalStaysOnThePage() throws Exception {
		Long unit = org.unitByCode("BDV_CHAU_THANH").orElseThrow().id();
		Long official = org.officialsIn(unit, LocalDate.of(2020, 10, 8)).get(1).id();
		String page = "/commendation/officials/" + official + "/appraisal";
		mvc.perform(post(page + "/ratings").with(as(users, "bandanvan")).param("year", "2019").param("rating", "GOOD"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ghi văn bản xếp loại")));
		mvc.perform(post(page + "/ratings").with(as(users, "bandanvan")).param("year", "2019").param("rating", "GOOD")
			.param("basis", "Quyết định 45-QĐ/HU ngày 20/12/2019"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(page).with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Hoàn thành tốt nhiệm vụ"),
					containsString("Quyết định 45-QĐ/HU ngày 20/12/2019"))));
		mvc.perform(get(page).with(as(users, "binhduc"))).andExpect(status().isForbidden());
		mvc.perform(get("/commendation/admin/rules").with(as(users, "bandanvan"))).andExpect(status().isForbidden());
	}

}
