package danvan.org;

import static danvan.org.OrgTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import danvan.test.DanvanSpringTest;

@DanvanSpringTest
class OfficialWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OfficialRepository officials;

	@Autowired
	OrgUnitRepository units;

	@Test
	void searchWithoutDiacriticsFindsTheSeedsStandingDeputySecretary() throws Exception {
		mvc.perform(get("/api/officials").param("q", "tran van thang").with(as("bandanvan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].fullName", hasItem("Trần Văn Thắng")))
			.andExpect(jsonPath("$.content[0].massMobilizationMonths").value(127));
		mvc.perform(get("/org/officials").param("q", "THANG tran").with(as("bandanvan")))
			.andExpect(content().string(containsString("Trần Văn Thắng")));
	}

	@Test
	void aCommuneOfficerOnlySeesOfficialsOfTheirOwnCommune() throws Exception {
		mvc.perform(get("/api/officials").param("size", "200").with(as("binhduc")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].fullName", hasItem("Phạm Văn Đức")))
			.andExpect(jsonPath("$.content[*].fullName", not(hasItem("Võ Thị Ngọc Lan"))))
			.andExpect(jsonPath("$.content[*].fullName", not(hasItem("Trần Văn Thắng"))));
		Official other = officials.findAll()
			.stream()
			.filter(o -> o.getFullName().equals("Võ Thị Ngọc Lan"))
			.findFirst()
			.orElseThrow();
		mvc.perform(get("/api/officials/" + other.getId()).with(as("binhduc"))).andExpect(status().isForbidden());
		mvc.perform(post("/org/officials/" + other.getId()).with(as("binhduc"))
			.with(csrf())
			.param("fullName", "Đổi tên trái phép")
			.param("gender", "FEMALE")
			.param("unitId", String.valueOf(other.getUnit().getId()))
			.param("version", String.valueOf(other.getVersion()))).andExpect(status().isForbidden());
		assertThat(officials.findById(other.getId()).orElseThrow().getFullName()).isEqualTo("Võ Thị Ngọc Lan");
	}

	@Test
	void aUnitOfficerRecordsAnOfficialAndTheirServiceHistory() throws Exception {
		OrgUnit bloc = units.findByCodeIgnoreCase("BXDDX_KIM_SON").orElseThrow();
		mvc.perform(post("/org/officials").with(as("binhduc"))
			.with(csrf())
			.param("fullName", "Lương Thị Diễm")
			.param("gender", "FEMALE")
			.param("birthDate", "1988-04-12")
			.param("unitId", String.valueOf(bloc.getId()))
			.param("position", "Chuyên viên Ban Xây dựng Đảng Đảng ủy xã")).andExpect(redirectedUrlPattern("/org/officials/*"));
		Official created = officials.findAll()
			.stream()
			.filter(o -> o.getFullName().equals("Lương Thị Diễm"))
			.findFirst()
			.orElseThrow();

		addPeriod(created, bloc, "2015-01-01", "2019-12-31").andExpect(redirectedUrlPattern("/org/officials/*"));
		Official saved = officials.findWithPeriodsById(created.getId()).orElseThrow();
		addPeriod(saved, bloc, "2019-06-01", "").andExpect(status().isOk())
			.andExpect(content().string(containsString("trùng thời gian")));
		addPeriod(saved, bloc, "2020-05-01", "2020-04-01").andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày kết thúc phải sau ngày bắt đầu")));

		mvc.perform(get("/org/officials/" + created.getId()).with(as("binhduc")))
			.andExpect(content().string(containsString("5 năm 0 tháng")));
		assertThat(officials.findWithPeriodsById(created.getId()).orElseThrow().getPeriods()).hasSize(1);
	}

	@Test
	void theApiAnswersBadInputWithVietnameseProblemsNot500() throws Exception {
		mvc.perform(post("/api/officials").with(as("bandanvan"))
			.contentType("application/json")
			.content("{\"fullName\":\"<script>x</script>\",\"gender\":\"MALE\",\"unitId\":1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("fullName"))
			.andExpect(jsonPath("$.errors[0].message").value("Không được chứa ký tự < hoặc > hay ký tự điều khiển."));
		mvc.perform(post("/api/officials").with(as("bandanvan")).contentType("application/json").content("{not json"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/officials").with(as("bandanvan"))
			.contentType("application/json")
			.content("{\"fullName\":\"Người ở đơn vị lạ\",\"gender\":\"MALE\",\"unitId\":999999}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Đơn vị đã chọn không tồn tại."));
		mvc.perform(get("/api/org/units/abc").with(as("bandanvan"))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/org/units/999999").with(as("bandanvan"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/officials").param("q", "' or 1=1 --").with(as("bandanvan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content").isEmpty());
	}

	@Test
	void theUnitsApiListsTheTreeInScope() throws Exception {
		mvc.perform(get("/api/org/units").with(as("binhduc")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem("XA_BINH_DUC")))
			.andExpect(jsonPath("$[*].code", hasItem("KDV_BINH_DUC")))
			.andExpect(jsonPath("$[*].code", not(hasItem("XA_LONG_DINH"))));
		mvc.perform(get("/api/org/units").param("q", "khoi dan van xa binh duc").with(as("admin")))
			.andExpect(jsonPath("$[0].name").value("Khối Dân vận xã Bình Đức"));
	}

	private org.springframework.test.web.servlet.ResultActions addPeriod(Official official, OrgUnit unit, String from,
			String to) throws Exception {
		return mvc.perform(post("/org/officials/" + official.getId() + "/periods").with(as("binhduc"))
			.with(csrf())
			.param("unitId", String.valueOf(unit.getId()))
			.param("position", "Phó Khối Dân vận xã")
			.param("startDate", from)
			.param("endDate", to)
			.param("massMobilization", "true")
			.param("version", String.valueOf(officials.findById(official.getId()).orElseThrow().getVersion())));
	}

}
