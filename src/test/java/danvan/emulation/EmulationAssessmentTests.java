package danvan.emulation;

import static danvan.emulation.EmulationWeb.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import danvan.emulation.assessment.Assessment;
import danvan.emulation.assessment.AssessmentService;
import danvan.emulation.assessment.AssessmentStatus;
import danvan.emulation.demo.DemoActor;
import danvan.emulation.demo.EmulationDemoData;
import danvan.emulation.movement.Movement;
import danvan.emulation.scale.ScaleItem;
import danvan.emulation.scale.ScoringScale;
import danvan.platform.web.RuleViolationException;
import danvan.test.DanvanSpringTest;

@DanvanSpringTest
class EmulationAssessmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EmulationFixture fixture;

	@Autowired
	AssessmentService assessments;

	@Test
	void scoresOutsideZeroToMaxAreRefusedAndNothingChanges() {
		Movement m = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of());
		Long unit = fixture.unit("XA_BINH_DUC");
		DemoActor officer = fixture.officer("XA_BINH_DUC");
		Assessment a = assessments.open(officer, m.getId(), unit);
		ScaleItem i1 = fixture.revisedScale().item("I.1");
		assertThatThrownBy(() -> assessments.saveSelf(officer, m.getId(), unit, a.getVersion(),
				Map.of(i1.getId(), new BigDecimal("10.5")), Map.of())).isInstanceOf(RuleViolationException.class)
			.hasMessage("emulation.score.outOfRange");
		assertThatThrownBy(() -> assessments.saveSelf(officer, m.getId(), unit, a.getVersion(),
				Map.of(i1.getId(), new BigDecimal("-1")), Map.of())).hasMessage("emulation.score.outOfRange");
		assertThat(assessments.open(officer, m.getId(), unit).scoreFor(i1.getId())).isEmpty();
	}

	@Test
	void aUnitOfficerCannotTouchAnotherUnit() {
		Movement m = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of());
		DemoActor binhDuc = fixture.officer("XA_BINH_DUC");
		assertThatThrownBy(() -> assessments.open(binhDuc, m.getId(), fixture.unit("XA_LONG_DINH")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> assessments.saveSelf(binhDuc, m.getId(), fixture.unit("XA_LONG_DINH"), 0, Map.of(), Map.of()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void evidenceIsRequiredWhereTheScaleSaysSoAndASubmittedAssessmentIsReadOnly() {
		Movement m = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of());
		Long unit = fixture.unit("XA_BINH_DUC");
		DemoActor officer = fixture.officer("XA_BINH_DUC");
		ScaleItem i1 = fixture.revisedScale().item("I.1");
		Assessment a = assessments.saveSelf(officer, m.getId(), unit, assessments.open(officer, m.getId(), unit).getVersion(),
				Map.of(i1.getId(), new BigDecimal("9")), Map.of(i1.getId(), "Có kế hoạch"));
		long version = a.getVersion();
		assertThatThrownBy(() -> assessments.submit(officer, m.getId(), unit, version))
			.hasMessage("emulation.assessment.evidenceMissing");
		assessments.attachEvidence(officer, m.getId(), unit, i1.getId(),
				new MockMultipartFile("file", "ke-hoach.pdf", "application/pdf", "%PDF-1.4 kế hoạch".getBytes()));
		Assessment submitted = assessments.submit(officer, m.getId(), unit, assessments.open(officer, m.getId(), unit).getVersion());
		assertThat(submitted.getStatus()).isEqualTo(AssessmentStatus.IN_REVIEW);
		assertThat(submitted.getCurrentStep()).isEqualTo(1);
		assertThat(submitted.isLate()).isFalse();
		assertThatThrownBy(() -> assessments.saveSelf(officer, m.getId(), unit, submitted.getVersion(),
				Map.of(i1.getId(), new BigDecimal("10")), Map.of())).hasMessage("emulation.assessment.readOnly");
	}

	@Test
	void aSubmissionAfterTheDeadlineIsMarkedLate() {
		Movement m = fixture.movementInSelfAssessment(LocalDate.of(2026, 1, 2), List.of());
		Long unit = fixture.unit("XA_LONG_DINH");
		DemoActor officer = fixture.officer("XA_LONG_DINH");
		Assessment submitted = assessments.submit(officer, m.getId(), unit, assessments.open(officer, m.getId(), unit).getVersion());
		assertThat(submitted.isLate()).isTrue();
	}

	@Test
	void theFormAcceptsADecimalCommaAndMarksWhatIsNotANumber() throws Exception {
		Movement m = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of());
		Long unit = fixture.unit("XA_BINH_DUC");
		String page = "/emulation/movements/" + m.getId() + "/units/" + unit + "/assessment";
		ScoringScale scale = fixture.revisedScale();
		mvc.perform(get(page).with(as(users, "binhduc"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Tự chấm điểm thi đua")));
		mvc.perform(post(page).with(as(users, "binhduc"))
			.param("version", "0")
			.param("scores[" + scale.item("I.2").getId() + "]", "bảy")
			.param("scores[" + scale.item("II.2").getId() + "]", "20"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Điểm phải là một số")));
		mvc.perform(post(page).with(as(users, "binhduc"))
			.param("version", "0")
			.param("scores[" + scale.item("II.2").getId() + "]", "20"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Điểm tiêu chí II.2 phải từ 0 đến 15")));
		mvc.perform(post(page).with(as(users, "binhduc"))
			.param("version", "0")
			.param("scores[" + scale.item("I.2").getId() + "]", "7,5")
			.param("explanations[" + scale.item("I.2").getId() + "]", "Tuyên truyền trên loa"))
			.andExpect(status().is3xxRedirection());
		assertThat(assessments.open(fixture.officer("XA_BINH_DUC"), m.getId(), unit).pointsOn(scale.item("I.2").getId()))
			.isEqualByComparingTo("7.5");
		mvc.perform(get(page).with(as(users, "longdinh"))).andExpect(status().isForbidden());
	}

	@Test
	void evidenceThatIsNotWhatItClaimsIsRefusedWithAVietnameseMessage() throws Exception {
		Movement m = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of());
		Long unit = fixture.unit("XA_BINH_DUC");
		String page = "/emulation/movements/" + m.getId() + "/units/" + unit + "/assessment";
		mvc.perform(get(page).with(as(users, "binhduc"))).andExpect(status().isOk());
		mvc.perform(multipart(page + "/evidence").file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf",
				"đây không phải PDF".getBytes()))
			.param("itemId", fixture.revisedScale().item("I.1").getId().toString())
			.with(as(users, "binhduc")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", containsString("")));
		assertThat(assessments.open(fixture.officer("XA_BINH_DUC"), m.getId(), unit).getEvidence()).isEmpty();
	}

	@Test
	void theDemoHasEveryCommunesSelfAssessment() {
		Movement m90 = fixture.movements.all().stream().filter(m -> m.getName().equals(EmulationDemoData.MOVEMENT_90))
			.findFirst().orElseThrow();
		List<Assessment> all = assessments.forMovement(fixture.admin(), m90.getId());
		assertThat(all).hasSize(11);
		assertThat(all).allSatisfy(a -> assertThat(a.getSubmittedAt()).isNotNull());
		assertThat(all).filteredOn(Assessment::isLate).hasSize(1);
	}

}
