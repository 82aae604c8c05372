package danvan.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import danvan.org.OrgDirectory;
import danvan.test.DanvanSpringTest;

/**
 * Figures by unit and period, as the board and a commune read them: counted through the 2025 mergers, refused
 * outside one's grants, and a bad period explained next to its field.
 */
@DanvanSpringTest
class IndicatorFiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrgDirectory org;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theCatalogueNamesEveryIndicatorWithItsUnitOfMeasure() throws Exception {
		mvc.perform(get("/api/reporting/indicators").with(as("bandanvan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'emulation.participants')].name").value("Đơn vị tham gia phong trào thi đua"))
			.andExpect(jsonPath("$[?(@.code == 'emulation.participants')].unit").value("đơn vị"));
	}

	@Test
	void xaKimSonsFiguresFor2020CountItsPredecessorsUnderTheirOwnNames() throws Exception {
		Long kimSon = org.unitByCode("DUX_KIM_SON").orElseThrow().id();
		// by hand: the 2020 movements' participants among the three communes xã Kim Sơn was made of
		Long expected = jdbc.queryForObject("""
				select count(distinct p.unit_id) from emulation_participant p
				join emulation_movement m on m.id = p.movement_id join org_unit u on u.id = p.unit_id
				where m.status <> 'DRAFT' and m.period_start <= date '2020-12-31' and m.period_end >= date '2020-01-01'
				and u.name in ('Đảng ủy xã Bình Đức', 'Đảng ủy xã Song Thuận', 'Đảng ủy xã Kim Sơn')""", Long.class);
		assertThat(expected).as("the demo's 2020 movement has Kim Sơn's predecessors among its participants").isPositive();

		mvc.perform(get("/api/reporting/figures").with(as("binhduc"))
			.param("unit", kimSon.toString())
			.param("from", "2020-01-01")
			.param("to", "2020-12-31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'emulation.participants')].value").value(expected.intValue()))
			.andExpect(jsonPath("$[?(@.code == 'emulation.participants')].records").value("/emulation/movements"));
	}

	@Test
	void aCommuneCannotReadAnotherCommunesFigures() throws Exception {
		Long kimSon = org.unitByCode("DUX_KIM_SON").orElseThrow().id();
		mvc.perform(get("/api/reporting/figures").with(as("longdinh"))
			.param("unit", kimSon.toString())
			.param("from", "2026-01-01")
			.param("to", "2026-12-31"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/reporting/figures").with(as("longdinh"))
			.param("unit", kimSon.toString())
			.param("from", "2026-01-01")
			.param("to", "2026-12-31"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aReversedOrEndlessPeriodIsExplainedNextToItsField() throws Exception {
		Long province = org.unitByCode("TU_DONG_THAP").orElseThrow().id();
		mvc.perform(get("/api/reporting/figures").with(as("bandanvan"))
			.param("unit", province.toString())
			.param("from", "2026-12-31")
			.param("to", "2026-01-01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(Matchers.containsString("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu")));
		mvc.perform(get("/reporting/figures").with(as("bandanvan"))
			.param("unit", province.toString())
			.param("from", "1900-01-01")
			.param("to", "2026-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Một lần xem tối đa 10 năm")));
		mvc.perform(get("/api/reporting/figures").with(as("bandanvan")).param("unit", province.toString())
			.param("from", "hôm qua").param("to", "2026-01-01"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void thePageShowsTheDistricts2020FiguresWithLinksToTheRecords() throws Exception {
		Long district = org.unitByCode("HU_CHAU_THANH").orElseThrow().id();
		String html = mvc.perform(get("/reporting/figures").with(as("bandanvan"))
			.param("unit", district.toString())
			.param("from", "2020-01-01")
			.param("to", "2020-12-31"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Số liệu theo chỉ tiêu")
			.contains("Phong trào thi đua đã phát động")
			.contains("Huyện ủy Châu Thành (đã kết thúc từ 01/07/2025)")
			.contains("href=\"/emulation/movements\"");
	}

	@Test
	void aFigureLinksToItsRecordsOnlyForThoseWhoMayOpenThem() throws Exception {
		Long board = org.unitByCode("BTGDV_DONG_THAP").orElseThrow().id();
		String html = mvc.perform(get("/reporting/figures").with(as("bientap"))
			.param("unit", board.toString())
			.param("from", "2026-01-01")
			.param("to", "2026-12-31"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).as("an editor sees the figures but is not offered the emulation lists")
			.contains("Phong trào thi đua đã phát động")
			.doesNotContain("href=\"/emulation/movements\"");
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
