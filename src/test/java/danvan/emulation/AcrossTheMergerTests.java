package danvan.emulation;

import static danvan.emulation.EmulationWeb.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import danvan.emulation.assessment.Assessment;
import danvan.emulation.assessment.AssessmentService;
import danvan.emulation.demo.DemoActor;
import danvan.emulation.demo.EmulationDemoData;
import danvan.emulation.movement.Movement;
import danvan.emulation.movement.MovementService;
import danvan.emulation.results.ResultService;
import danvan.emulation.results.Standings;
import danvan.emulation.scale.ScaleItem;
import danvan.identity.Account;
import danvan.identity.AccountDraft;
import danvan.identity.AccountService;
import danvan.org.OrgDirectory;
import danvan.org.OrgUnit;
import danvan.org.OrgUnitService;
import danvan.org.UnitDraft;
import danvan.org.UnitNode;
import danvan.platform.AppClock;
import danvan.platform.figures.FigureQuery;
import danvan.platform.figures.Figures;
import danvan.platform.security.Grant;
import danvan.platform.security.Role;
import danvan.platform.web.RuleViolationException;
import danvan.test.DanvanSpringTest;

/**
 * A unit merging into another, through the services and the pages: its records keep its name and follow its
 * successor, its figures stay as they were, a grant on it is flagged and moved in one action, and it takes no new
 * records. And the demo's own reform: a successor's officer reads a predecessor's 2020 assessment, not another
 * commune's; the 2026 movement runs on the new xã.
 */
@DanvanSpringTest
class AcrossTheMergerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EmulationFixture fixture;

	@Autowired
	OrgUnitService units;

	@Autowired
	OrgDirectory directory;

	@Autowired
	AccountService accounts;

	@Autowired
	AssessmentService assessments;

	@Autowired
	ResultService results;

	@Autowired
	MovementService movements;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Figures figures;

	@Test
	void aMergedCommunesRecordsFiguresAndGrantFollowItsSuccessorFromTheEffectiveDate() throws Exception {
		DemoActor admin = fixture.admin();
		OrgUnit old = commune("Đảng ủy xã Phú Mỹ Thử");
		OrgUnit successor = commune("Đảng ủy xã Mỹ Lợi Thử");
		Movement m = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of());
		fixture.tx.executeWithoutResult(s -> movements.addParticipants(admin, m.getId(), List.of(old.getId()), "Cụm 1"));
		selfAssess(m, old.getId(), "7.5");
		BigDecimal totalBefore = rowOf(results.current(m.getId()), old.getId()).total();
		Account officer = accounts.create(admin, "thu" + (System.nanoTime() % 1_000_000), "Danvan@2026",
				new AccountDraft("Cán bộ xã Phú Mỹ", null, null, old.getId(),
						List.of(new Grant(Role.UNIT_OFFICER, old.getId()))));
		LocalDate effective = LocalDate.now(AppClock.VIETNAM);

		FigureQuery successorSince2026 = new FigureQuery(successor.getId(), LocalDate.of(2026, 1, 1), effective.plusYears(1));
		assertThat(figure(successorSince2026, "emulation.participants")).isZero();
		assertThat(figure(successorSince2026, "emulation.assessments.submitted")).isZero();

		units.merge(admin, old.getId(), old.getVersion(), successor.getId(), effective,
				"Nghị quyết thử 99/NQ-UBTVQH15 ngày 01/12/2026, khoản 1");

		// the tree before and after the effective date
		assertThat(names(units.treeOn(admin, effective.minusDays(1)))).contains("Đảng ủy xã Phú Mỹ Thử", "Đảng ủy xã Mỹ Lợi Thử");
		assertThat(names(units.treeOn(admin, effective))).contains("Đảng ủy xã Mỹ Lợi Thử").doesNotContain("Đảng ủy xã Phú Mỹ Thử");
		mvc.perform(get("/org/units/{id}", old.getId()).with(as(users, "admin")))
			.andExpect(content().string(containsString("Nghị quyết thử 99/NQ-UBTVQH15 ngày 01/12/2026, khoản 1")))
			.andExpect(content().string(containsString("Đã sáp nhập vào Đảng ủy xã Mỹ Lợi Thử")));
		mvc.perform(get("/org/units/{id}", successor.getId()).with(as(users, "admin")))
			.andExpect(content().string(containsString("Đảng ủy xã Phú Mỹ Thử")));

		// records and figures keep the old unit's name and points; the successor's officer reads them
		ResultService.Results after = results.current(m.getId());
		assertThat(rowOf(after, old.getId()).unitName()).isEqualTo("Đảng ủy xã Phú Mỹ Thử");
		assertThat(rowOf(after, old.getId()).total()).isEqualByComparingTo(totalBefore).isEqualByComparingTo("7.5");
		DemoActor successorOfficer = DemoActor.of("canbo-moi", successor.getId(), Role.UNIT_OFFICER, successor.getId());
		assertThat(assessments.open(successorOfficer, m.getId(), old.getId()).getUnitId()).isEqualTo(old.getId());
		assertThat(results.results(successorOfficer, m.getId()).rows()).extracting(Standings.Row::unitName)
			.containsExactly("Đảng ủy xã Phú Mỹ Thử");
		DemoActor longDinh = fixture.officer("DUX_LONG_DINH");
		assertThatThrownBy(() -> assessments.open(longDinh, m.getId(), old.getId())).isInstanceOf(AccessDeniedException.class);

		// the successor's figures count its predecessor's participation and submission
		assertThat(figure(successorSince2026, "emulation.participants")).isEqualTo(1);
		assertThat(figure(successorSince2026, "emulation.assessments.submitted")).isEqualTo(1);

		// no new record on the ended unit, and the message names the successor
		Movement next = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of());
		assertThatThrownBy(() -> movements.addParticipants(admin, next.getId(), List.of(old.getId()), null))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.arguments())
				.contains("Đảng ủy xã Phú Mỹ Thử", "Đảng ủy xã Mỹ Lợi Thử"));

		// the grant is flagged for the administrator and moved in one action, its history kept
		mvc.perform(get("/admin/accounts").with(as(users, "admin")))
			.andExpect(content().string(containsString("Đơn vị đã kết thúc từ")));
		mvc.perform(get("/admin/accounts/{id}", officer.getId()).with(as(users, "admin")))
			.andExpect(content().string(containsString("Chuyển quyền sang Đảng ủy xã Mỹ Lợi Thử")));
		mvc.perform(post("/admin/accounts/{id}/grants/0/move-to-successor", officer.getId()).with(as(users, "admin"))
			.param("version", String.valueOf(officer.getVersion())))
			.andExpect(redirectedUrl("/admin/accounts/" + officer.getId()));
		Account moved = accounts.get(admin, officer.getId());
		assertThat(moved.grantList()).containsExactly(new Grant(Role.UNIT_OFFICER, successor.getId()));
		mvc.perform(get("/admin/accounts/{id}", officer.getId()).with(as(users, "admin")))
			.andExpect(content().string(not(containsString("Chuyển quyền sang"))));
		var audit = jdbc.queryForList("select before_state, after_state from platform_audit_entry where entity_type = "
				+ "'Account' and entity_id = ? and action = 'UPDATE' order by id desc", String.valueOf(officer.getId()));
		assertThat((String) audit.get(0).get("before_state")).contains("UNIT_OFFICER@" + old.getId());
		assertThat((String) audit.get(0).get("after_state")).contains("UNIT_OFFICER@" + successor.getId());
		mvc.perform(post("/admin/accounts/{id}/grants/0/move-to-successor", officer.getId()).with(as(users, "admin"))
			.param("version", String.valueOf(moved.getVersion())))
			.andExpect(content().string(containsString("vẫn đang hoạt động")));
	}

	@Test
	void theOfficerOfXaKimSonReadsBinhDucs2020AssessmentAndNotAnotherCommunes() throws Exception {
		Movement m90 = movement(EmulationDemoData.MOVEMENT_90);
		Long binhDuc = fixture.unit("XA_BINH_DUC");
		assertThat(directory.withPredecessors(fixture.unit("DUX_KIM_SON"))).extracting(OrgDirectory.UnitRef::code)
			.contains("DUX_KIM_SON", "XA_BINH_DUC", "XA_SONG_THUAN", "XA_KIM_SON");
		mvc.perform(get("/emulation/movements/{id}/units/{u}/assessment", m90.getId(), binhDuc).with(as(users, "binhduc")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đảng ủy xã Bình Đức")));
		mvc.perform(get("/emulation/movements/{id}/assessments", m90.getId()).with(as(users, "binhduc")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đảng ủy xã Bình Đức")))
			.andExpect(content().string(containsString("Đảng ủy xã Kim Sơn")))
			.andExpect(content().string(not(containsString("Đảng ủy xã Long Định"))));
		mvc.perform(get("/emulation/movements/{id}/units/{u}/assessment", m90.getId(), fixture.unit("XA_LONG_DINH"))
			.with(as(users, "binhduc")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/emulation/movements/{id}/units/{u}/assessment", m90.getId(), fixture.unit("XA_DONG_HOA"))
			.with(as(users, "longdinh")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đảng ủy xã Đông Hòa")));
		// the 2020 story as it happened: organised by the district's board, scored in 2020
		assertThat(directory.unit(m90.getOrganiserUnitId()).orElseThrow().name()).isEqualTo("Ban Dân vận Huyện ủy Châu Thành");
		assertThat(assessments.forMovement(fixture.admin(), m90.getId())).hasSize(11)
			.allSatisfy(a -> assertThat(a.getSubmittedAt().atZone(AppClock.VIETNAM).getYear()).isEqualTo(2020));
	}

	@Test
	void the2026MovementIsTheProvincialBoardsWithTheNewCommunesInTwoClusters() throws Exception {
		Movement m2026 = movement(EmulationDemoData.MOVEMENT_2026);
		assertThat(directory.unit(m2026.getOrganiserUnitId()).orElseThrow().name())
			.isEqualTo("Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp");
		ResultService.Results standings = results.current(m2026.getId());
		assertThat(standings.rows()).extracting(Standings.Row::unitName).containsExactlyInAnyOrder(
				"Đảng ủy xã Tân Hương", "Đảng ủy xã Châu Thành", "Đảng ủy xã Long Hưng", "Đảng ủy xã Long Định",
				"Đảng ủy xã Kim Sơn", "Đảng ủy xã Vĩnh Kim", "Đảng ủy xã Bình Trưng");
		assertThat(standings.rows()).allSatisfy(r -> assertThat(directory.unit(r.unitId()).orElseThrow().active()).isTrue());
		assertThat(standings.rows()).filteredOn(r -> r.cluster().equals("Cụm thi đua số 1")).hasSize(4)
			.allSatisfy(r -> assertThat(r.clusterRank()).isBetween(1, 4));
		assertThat(standings.rows()).filteredOn(r -> r.cluster().equals("Cụm thi đua số 2")).hasSize(3);
		assertThat(standings.rows()).filteredOn(r -> r.unitName().equals("Đảng ủy xã Bình Trưng"))
			.singleElement().satisfies(r -> assertThat(r.submittedAt()).isNull());
		assertThat(standings.rows()).filteredOn(r -> r.submittedAt() != null).hasSize(6)
			.allSatisfy(r -> assertThat(r.total()).isPositive());
		mvc.perform(get("/emulation/movements/{id}/results", m2026.getId()).with(as(users, "binhduc")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đảng ủy xã Kim Sơn")))
			.andExpect(content().string(not(containsString("Đảng ủy xã Long Định"))));
		mvc.perform(get("/emulation/movements/{id}", m2026.getId()).with(as(users, "bandanvan")))
			.andExpect(content().string(containsString("Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp")))
			.andExpect(content().string(not(containsString("Huyện ủy Châu Thành"))));
	}

	private OrgUnit commune(String name) {
		DemoActor admin = fixture.admin();
		Long kind = units.kinds().stream().filter(k -> k.getCode().equals("CAP_UY")).findFirst().orElseThrow().getId();
		Long level = units.levels().stream().filter(l -> l.getCode().equals("XA")).findFirst().orElseThrow().getId();
		String code = "THU_" + (System.nanoTime() % 10_000_000);
		return units.create(admin, new UnitDraft(code, name, kind, level, fixture.unit("TU_DONG_THAP"), null, null, null));
	}

	private void selfAssess(Movement m, Long unitId, String points) {
		DemoActor officer = DemoActor.of("canbo-" + unitId, unitId, Role.UNIT_OFFICER, unitId);
		ScaleItem item = fixture.revisedScale().item("I.2");
		Assessment a = assessments.open(officer, m.getId(), unitId);
		assessments.saveSelf(officer, m.getId(), unitId, a.getVersion(), Map.of(item.getId(), new BigDecimal(points)), Map.of());
		assessments.submit(officer, m.getId(), unitId, assessments.open(officer, m.getId(), unitId).getVersion());
	}

	private long figure(FigureQuery query, String code) {
		return figures.figures(query).stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow()
			.value().longValueExact();
	}

	private static Standings.Row rowOf(ResultService.Results results, Long unitId) {
		return results.rows().stream().filter(r -> r.unitId().equals(unitId)).findFirst().orElseThrow();
	}

	private static List<String> names(List<UnitNode> nodes) {
		return nodes.stream().map(n -> n.unit().getName()).toList();
	}

	private Movement movement(String name) {
		return fixture.movements.all().stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
	}

}
