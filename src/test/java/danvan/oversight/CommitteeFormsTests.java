package danvan.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import danvan.org.OrgDirectory;
import danvan.oversight.directive.Directive;
import danvan.oversight.directive.DirectiveDraft;
import danvan.oversight.directive.DirectiveService;
import danvan.oversight.directive.IssuerLevel;
import danvan.oversight.inspection.Inspection;
import danvan.oversight.inspection.InspectionDraft;
import danvan.oversight.inspection.InspectionForm;
import danvan.oversight.inspection.InspectionKind;
import danvan.oversight.inspection.InspectionService;
import danvan.platform.audit.AuditAction;
import danvan.platform.audit.AuditEntry;
import danvan.platform.audit.AuditHistory;
import danvan.platform.security.Actor;
import danvan.platform.web.RuleViolationException;
import danvan.test.DanvanSpringTest;

/** Setting up a steering committee and its support team on the screen, and tying inspections and directives to it. */
@DanvanSpringTest
class CommitteeFormsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CommitteeService committees;

	@Autowired
	InspectionService inspections;

	@Autowired
	DirectiveService directives;

	@Autowired
	AuditHistory audit;

	@Autowired
	OrgDirectory org;

	@Test
	void theBoardSetsUpACommitteeWithItsSupportTeamAndDecisionThenRevisesIt() throws Exception {
		Long unit = unit("DUX_KIM_SON");
		List<OrgDirectory.OfficialRef> people = org.officialsIn(unit("BTGDV_DONG_THAP"));
		String name = "Ban chỉ đạo thực hiện dân chủ ở cơ sở xã Kim Sơn nhiệm kỳ 2026–2030";
		MockMultipartFile decision = new MockMultipartFile("decisionFile", "QĐ 15-QĐ/ĐU.pdf", "application/pdf",
				"%PDF-1.7 quyết định thành lập".getBytes(StandardCharsets.UTF_8));
		mvc.perform(form(multipart("/oversight/committees").file(decision), name, unit, "2030-12-31")
			.param("members[0].officialId", people.get(0).id().toString()).param("members[0].position", "Trưởng Ban chỉ đạo")
			.param("members[1].officialId", people.get(1).id().toString()).param("members[1].position", "Tổ trưởng Tổ giúp việc")
			.param("members[1].supportTeam", "true")
			.param("members[2].officialId", "").param("members[2].position", ""))
			.andExpect(status().is3xxRedirection());
		Committee c = committees.visibleTo(actor("bandanvan")).stream().filter(x -> x.getName().equals(name)).findFirst().orElseThrow();
		assertThat(c.getMembers()).extracting(Committee.Member::getPosition)
			.containsExactly("Trưởng Ban chỉ đạo", "Tổ trưởng Tổ giúp việc");
		assertThat(c.getMembers().get(1).isSupportTeam()).isTrue();
		assertThat(c.getEndsOn()).isEqualTo(LocalDate.of(2030, 12, 31));
		assertThat(c.getDecisionFileId()).isNotNull();
		String page = mvc.perform(get("/oversight/committees/" + c.getId()).with(as("bandanvan"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(people.get(0).fullName(), "Tổ trưởng Tổ giúp việc", "Xem quyết định", "Từ 03/01/2026");
		mvc.perform(get("/oversight/committees/" + c.getId() + "/decision").with(as("binhduc"))).andExpect(status().isOk());
		mvc.perform(get("/oversight/committees/" + c.getId() + "/edit").with(as("longdinh"))).andExpect(status().isForbidden());

		mvc.perform(form(multipart("/oversight/committees/" + c.getId()), name, unit, "")
			.param("version", String.valueOf(c.getVersion()))
			.param("members[0].officialId", people.get(0).id().toString()).param("members[0].position", "Trưởng Ban"))
			.andExpect(status().is3xxRedirection());
		Committee revised = committees.get(actor("bandanvan"), c.getId());
		assertThat(revised.getMembers()).hasSize(1);
		assertThat(revised.getEndsOn()).isNull();
		List<AuditEntry> trail = audit.recent("OversightCommittee", c.getId(), List.of(AuditAction.UPDATE), 10);
		assertThat(trail).flatExtracting(AuditEntry::changes).anySatisfy(ch -> {
			assertThat(ch.key()).isEqualTo("members");
			assertThat(ch.before()).contains("Tổ trưởng Tổ giúp việc");
		});
	}

	@Test
	void aCommitteeFormWithTheSameOfficialTwiceAnEndBeforeItsStartOrAMemberWithoutAPostSaysSoAndSavesNothing() throws Exception {
		Long unit = unit("DUX_KIM_SON");
		Long official = org.officialsIn(unit("BTGDV_DONG_THAP")).get(0).id();
		int before = committees.visibleTo(actor("bandanvan")).size();
		String twice = mvc.perform(form(multipart("/oversight/committees"), "Ban chỉ đạo trùng thành viên", unit, "")
			.param("members[0].officialId", official.toString()).param("members[0].position", "Trưởng ban")
			.param("members[1].officialId", official.toString()).param("members[1].position", "Thành viên"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(twice).contains("được chọn hai lần");
		String ended = mvc.perform(form(multipart("/oversight/committees"), "Ban chỉ đạo kết thúc sớm", unit, "2025-01-01")
			.param("members[0].officialId", official.toString()).param("members[0].position", "Trưởng ban"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(ended).contains("Ngày kết thúc nhiệm kỳ không được trước ngày thành lập");
		String noPost = mvc.perform(form(multipart("/oversight/committees"), "Ban chỉ đạo thiếu chức danh", unit, "")
			.param("members[0].officialId", official.toString()).param("members[0].position", ""))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(noPost).contains("Ghi chức danh trong Ban chỉ đạo");
		assertThat(committees.visibleTo(actor("bandanvan"))).hasSize(before);
	}

	@Test
	void inspectionsAndDirectivesChooseTheCommitteeAndItsPageListsThem() throws Exception {
		Actor board = actor("bandanvan");
		Long unit = unit("DUX_LONG_DINH");
		Committee c = committees.create(board, new CommitteeDraft(unit, null, "Ban chỉ đạo QCDC xã Long Định (thử)",
				"09-QĐ/ĐU", LocalDate.of(2026, 1, 5), null,
				List.of(new Committee.Member(org.officialsIn(unit("BTGDV_DONG_THAP")).get(0).id(), "Trưởng ban", false))), null);
		LocalDate today = inspections.today();
		Inspection i = inspections.create(board, new InspectionDraft(InspectionKind.SUPERVISION, InspectionForm.THEMATIC,
				null, "Ban chỉ đạo giám sát việc công khai thủ tục hành chính", null, Set.of(unit("UBNDX_LONG_DINH")),
				List.of(), Set.of("QCDC"), null, null, null, null, today.minusDays(20), today.plusDays(5), null, List.of(),
				null, c.getId()));
		assertThat(i.getBodyUnitId()).as("carried out by the committee's unit").isEqualTo(unit);
		assertThat(i.getCommitteeId()).isEqualTo(c.getId());
		Directive d = directives.create(board, new DirectiveDraft("03-KH/BCĐ", null, IssuerLevel.COMMUNE, today,
				"Kế hoạch thực hiện dân chủ ở cơ sở năm " + today.getYear(), null, today.plusDays(30), null,
				Set.of(unit("UBNDX_LONG_DINH")), c.getId()));
		assertThat(d.getIssuer()).isEqualTo(c.getName());
		assertThat(d.getOwnerUnitId()).isEqualTo(unit);
		String page = mvc.perform(get("/oversight/committees/" + c.getId()).with(as("longdinh"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(i.getTitle(), "03-KH/BCĐ");
		// a commune officer of xã Kim Sơn does not handle xã Long Định's committee
		assertThatThrownBy(() -> inspections.create(actor("binhduc"), new InspectionDraft(InspectionKind.INSPECTION,
				InspectionForm.REGULAR, null, "Kiểm tra mượn danh Ban chỉ đạo", unit("DUX_KIM_SON"), Set.of(unit("UBNDX_KIM_SON")),
				List.of(), Set.of("QCDC"), null, null, null, null, null, today, null, List.of(), null, c.getId())))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("committeeId"));
		String form = mvc.perform(get("/oversight/inspections/new").with(as("bandanvan"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains("Ban chỉ đạo thực hiện (nếu có)", c.getName());
	}

	private MockMultipartHttpServletRequestBuilder form(MockMultipartHttpServletRequestBuilder request, String name, Long unit,
			String endsOn) {
		return request.with(as("bandanvan")).param("name", name).param("unitId", unit.toString())
			.param("decisionNumber", "15-QĐ/ĐU").param("establishedOn", "2026-01-03").param("endsOn", endsOn);
	}

	private Long unit(String code) {
		return org.unitByCode(code).orElseThrow().id();
	}

	private Actor actor(String username) {
		return (Actor) users.loadUserByUsername(username);
	}

	private RequestPostProcessor as(String username) {
		var details = users.loadUserByUsername(username);
		return request -> csrf().postProcessRequest(user(details).postProcessRequest(request));
	}

}
