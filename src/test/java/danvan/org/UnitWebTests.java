package danvan.org;

import static danvan.org.OrgTestSupport.as;
import static danvan.org.OrgTestSupport.freshCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import danvan.test.DanvanSpringTest;

@DanvanSpringTest
class UnitWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrgUnitRepository units;

	@Autowired
	OrgUnitKindRepository kinds;

	@Autowired
	OrgLevelRepository levels;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void boardOfficerAddsACommuneUnitAndSeesItInTheTree() throws Exception {
		String code = freshCode("XA_MOI");
		mvc.perform(unitForm(post("/org/units"), code, "Khối Dân vận xã Bàn Long", district().getId()))
			.andExpect(redirectedUrlPattern("/org/units/*"));

		OrgUnit created = units.findByCodeIgnoreCase(code).orElseThrow();
		assertThat(created.isWithin(district())).isTrue();
		assertThat(created.depth()).isEqualTo(district().depth() + 1);
		mvc.perform(get("/org/units").with(as("bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Khối Dân vận xã Bàn Long")));
	}

	@Test
	void aDuplicateCodeIsRefusedNextToTheFieldAndNothingIsCreated() throws Exception {
		long before = units.count();
		mvc.perform(unitForm(post("/org/units"), "xa_binh_duc", "Trùng mã", district().getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã đơn vị &quot;XA_BINH_DUC&quot; đã được dùng")));
		assertThat(units.count()).isEqualTo(before);
	}

	@Test
	void markupAndHugeNamesAreRefusedWithAVietnameseMessage() throws Exception {
		long before = units.count();
		mvc.perform(unitForm(post("/org/units"), freshCode("XSS"), "<script>alert(1)</script>", district().getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không được chứa ký tự &lt; hoặc &gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
		mvc.perform(unitForm(post("/org/units"), freshCode("BIG"), "x".repeat(10 * 1024 * 1024), district().getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Độ dài phải từ 0 đến 255 ký tự")));
		assertThat(units.count()).isEqualTo(before);
	}

	@Test
	void aUnitCannotMoveUnderItsOwnDescendant() throws Exception {
		OrgUnit parent = create(freshCode("CHA"), "Đơn vị cha", district());
		OrgUnit child = create(freshCode("CON"), "Đơn vị con", parent);

		mvc.perform(unitForm(post("/org/units/" + parent.getId()), parent.getCode(), "Đơn vị cha", child.getId())
			.param("version", String.valueOf(parent.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không thể chuyển đơn vị vào chính nó")));
		assertThat(units.findById(parent.getId()).orElseThrow().getParent().getId()).isEqualTo(district().getId());
	}

	@Test
	void movingAUnitCarriesItsSubtreeAlong() throws Exception {
		OrgUnit moving = create(freshCode("DI"), "Đơn vị di chuyển", district());
		OrgUnit grandchild = create(freshCode("CHAU"), "Đơn vị cháu", moving);
		OrgUnit board = units.findByCodeIgnoreCase("BTGDV_DONG_THAP").orElseThrow();

		mvc.perform(unitForm(post("/org/units/" + moving.getId()), moving.getCode(), "Đơn vị di chuyển", board.getId())
			.param("version", String.valueOf(moving.getVersion())))
			.andExpect(redirectedUrlPattern("/org/units/*"));

		assertThat(units.findById(grandchild.getId()).orElseThrow().getPath())
			.startsWith(board.getPath() + moving.getId() + "/");
	}

	@Test
	void aStaleEditIsRefusedWith409() throws Exception {
		OrgUnit unit = create(freshCode("CU"), "Tên cũ", district());
		mvc.perform(unitForm(post("/org/units/" + unit.getId()), unit.getCode(), "Tên của người khác", district().getId())
			.param("version", String.valueOf(unit.getVersion()))).andExpect(redirectedUrlPattern("/org/units/*"));

		mvc.perform(unitForm(post("/org/units/" + unit.getId()), unit.getCode(), "Tên của tôi", district().getId())
			.param("version", String.valueOf(unit.getVersion())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("đã được người khác thay đổi")));
		assertThat(units.findById(unit.getId()).orElseThrow().getName()).isEqualTo("Tên của người khác");
	}

	@Test
	void aMergedUnitStaysReadableAndPointsToItsSuccessor() throws Exception {
		OrgUnit old = create(freshCode("XA_CU"), "Xã Phú Phong", district());
		OrgUnit target = create(freshCode("XA_MOI"), "Xã Phong Hòa", district());

		mvc.perform(post("/org/units/" + old.getId() + "/merge").with(as("bandanvan"))
			.with(csrf())
			.param("version", String.valueOf(old.getVersion()))
			.param("targetId", String.valueOf(target.getId()))
			.param("effectiveOn", "2025-07-01")).andExpect(redirectedUrlPattern("/org/units/*"));

		OrgUnit merged = units.findWithLinksById(old.getId()).orElseThrow();
		assertThat(merged.isActive()).isFalse();
		assertThat(merged.getMergedOn()).isEqualTo(LocalDate.of(2025, 7, 1));
		mvc.perform(get("/org/units/" + old.getId()).with(as("bandanvan")))
			.andExpect(content().string(containsString("Đã sáp nhập vào Xã Phong Hòa từ ngày 01/07/2025")));
		mvc.perform(get("/org/units/" + target.getId()).with(as("bandanvan")))
			.andExpect(content().string(containsString("Xã Phú Phong")));
	}

	@Test
	void aUnitWithActiveChildrenCannotBeDeactivated() throws Exception {
		OrgUnit parent = create(freshCode("CO_CON"), "Đơn vị có con", district());
		create(freshCode("CON"), "Đơn vị con đang hoạt động", parent);

		mvc.perform(post("/org/units/" + parent.getId() + "/deactivate").with(as("bandanvan"))
			.with(csrf())
			.param("version", String.valueOf(parent.getVersion())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("còn đơn vị trực thuộc đang hoạt động")));
		assertThat(units.findById(parent.getId()).orElseThrow().isActive()).isTrue();
	}

	@Test
	void aCommuneOfficerCannotOpenOrEditAnotherCommune() throws Exception {
		OrgUnit longDinh = units.findByCodeIgnoreCase("DUX_LONG_DINH").orElseThrow();
		mvc.perform(get("/org/units/" + longDinh.getId()).with(as("binhduc"))).andExpect(status().isForbidden());
		mvc.perform(get("/org/units/" + units.findByCodeIgnoreCase("XA_LONG_DINH").orElseThrow().getId()).with(as("binhduc")))
			.andExpect(status().isForbidden());
		mvc.perform(unitForm(post("/org/units/" + longDinh.getId()), "binhduc", "DUX_LONG_DINH", "Đổi tên trái phép",
				district().getId())
			.param("version", String.valueOf(longDinh.getVersion()))).andExpect(status().isForbidden());
		assertThat(units.findById(longDinh.getId()).orElseThrow().getName()).isEqualTo("Đảng ủy xã Long Định");
	}

	@Test
	void everyChangeLandsInTheAuditTrailWithBeforeAndAfter() throws Exception {
		OrgUnit unit = create(freshCode("AUDIT"), "Trước khi sửa", district());
		mvc.perform(unitForm(post("/org/units/" + unit.getId()), unit.getCode(), "Sau khi sửa", district().getId())
			.param("version", String.valueOf(unit.getVersion()))).andExpect(redirectedUrlPattern("/org/units/*"));

		var rows = jdbc.queryForList("select action, actor, before_state, after_state from platform_audit_entry "
				+ "where entity_type = 'OrgUnit' and entity_id = ? order by id", String.valueOf(unit.getId()));
		assertThat(rows).extracting(r -> r.get("action")).contains("CREATE", "UPDATE");
		var update = rows.get(rows.size() - 1);
		assertThat(update.get("actor")).isEqualTo("bandanvan");
		assertThat((String) update.get("before_state")).contains("Trước khi sửa");
		assertThat((String) update.get("after_state")).contains("Sau khi sửa");
	}

	/** Today's parent for new units: the province (the district ended on 1/7/2025 and takes no new units). */
	private OrgUnit district() {
		return units.findByCodeIgnoreCase("TU_DONG_THAP").orElseThrow();
	}

	private OrgUnit create(String code, String name, OrgUnit parent) throws Exception {
		mvc.perform(unitForm(post("/org/units"), code, name, parent.getId()))
			.andExpect(redirectedUrlPattern("/org/units/*"));
		return units.findByCodeIgnoreCase(code).orElseThrow();
	}

	private MockHttpServletRequestBuilder unitForm(MockHttpServletRequestBuilder request, String code, String name,
			Long parentId) {
		return unitForm(request, "bandanvan", code, name, parentId);
	}

	private MockHttpServletRequestBuilder unitForm(MockHttpServletRequestBuilder request, String username, String code,
			String name, Long parentId) {
		return request.with(as(username))
			.with(csrf())
			.param("code", code)
			.param("name", name)
			.param("kindId", String.valueOf(kinds.findAll().get(0).getId()))
			.param("levelId", String.valueOf(levels.findAll().get(2).getId()))
			.param("parentId", String.valueOf(parentId));
	}

}
