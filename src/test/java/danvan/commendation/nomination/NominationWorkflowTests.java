package danvan.commendation.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import danvan.platform.web.RuleViolationException;

import danvan.commendation.RecipientKind;
import danvan.commendation.eligibility.Eligibility;

/** The nomination's state machine: each step from its own status only, returns with a reason, the history. */
class NominationWorkflowTests {

	private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

	@Test
	void aNominationGoesFromDraftToApprovedStepByStepWithItsHistory() {
		Nomination n = nomination();
		n.addCandidate(candidate(1L, "Lê Minh Tâm"));
		n.addCandidate(candidate(2L, "Nguyễn Thị Thu Hà"));
		n.submit("binhduc", NOW);
		n.receive("bandanvan", NOW);
		n.checked(List.of(eligibility(true), eligibility(false)), "bandanvan", NOW);
		assertThatThrownBy(() -> n.toCouncil("bandanvan", NOW)).isInstanceOf(RuleViolationException.class)
			.hasMessage("commendation.nomination.unjustified");
		n.justify(1, "Thời gian làm Trưởng Ban chưa được ghi trong hồ sơ", "bandanvan");
		n.toCouncil("bandanvan", NOW);
		n.vote(0, true, 7, 0);
		assertThatThrownBy(() -> n.approve("Biên bản", "bandanvan", NOW)).hasMessage("commendation.nomination.votesMissing");
		n.vote(1, false, 2, 5);
		n.approve("Biên bản", "bandanvan", NOW);
		assertThat(n.getStatus()).isEqualTo(NominationStatus.APPROVED);
		assertThat(n.approvedCandidates()).extracting(Candidate::getName).containsExactly("Lê Minh Tâm");
		assertThat(n.getSteps()).extracting(NominationStep::getToStatus).containsExactly(NominationStatus.DRAFT,
				NominationStatus.SUBMITTED, NominationStatus.RECEIVED, NominationStatus.CHECKED, NominationStatus.COUNCIL,
				NominationStatus.APPROVED);
		assertThat(n.getSteps().get(1).getActor()).isEqualTo("binhduc");
	}

	@Test
	void aReturnNeedsAReasonAndReopensTheDossier() {
		Nomination n = nomination();
		n.addCandidate(candidate(1L, "Lê Minh Tâm"));
		n.submit("binhduc", NOW);
		assertThatThrownBy(() -> n.addCandidate(candidate(2L, "Mỹ Nhiên"))).hasMessage("commendation.nomination.notEditable");
		assertThatThrownBy(() -> n.returnBack(" ", "bandanvan", NOW)).isInstanceOf(RuleViolationException.class)
			.hasMessage("commendation.nomination.commentRequired");
		n.returnBack("Thiếu biên bản họp", "bandanvan", NOW);
		assertThat(n.isEditable()).isTrue();
		assertThat(n.getSteps().get(n.getSteps().size() - 1).getComment()).isEqualTo("Thiếu biên bản họp");
		n.addCandidate(candidate(2L, "Mỹ Nhiên"));
		n.submit("binhduc", NOW);
		assertThat(n.getStatus()).isEqualTo(NominationStatus.SUBMITTED);
	}

	@Test
	void illegalStepsAndDuplicatesAreRefused() {
		Nomination n = nomination();
		assertThatThrownBy(() -> n.submit("binhduc", NOW)).hasMessage("commendation.nomination.noCandidates");
		n.addCandidate(candidate(1L, "Lê Minh Tâm"));
		assertThatThrownBy(() -> n.addCandidate(candidate(1L, "Lê Minh Tâm")))
			.hasMessage("commendation.nomination.duplicateCandidate");
		assertThatThrownBy(() -> n.receive("bandanvan", NOW)).hasMessage("commendation.nomination.illegalStep");
		assertThatThrownBy(() -> n.forward("Ban Dân vận Tỉnh ủy", "bandanvan", NOW))
			.hasMessage("commendation.nomination.illegalStep");
		n.submit("binhduc", NOW);
		n.receive("bandanvan", NOW);
		n.checked(List.of(eligibility(true)), "bandanvan", NOW);
		n.toCouncil("bandanvan", NOW);
		assertThatThrownBy(() -> n.vote(0, true, -1, 0)).hasMessage("commendation.nomination.negativeVotes");
		n.vote(0, true, 5, 0);
		n.approve(null, "bandanvan", NOW);
		assertThatThrownBy(() -> n.forward(" ", "bandanvan", NOW)).hasMessage("commendation.nomination.forwardToRequired");
		n.forward("Ban Dân vận Trung ương", "bandanvan", NOW);
		n.higherDecision("Quyết định số 1152-QĐ/BDVTW", "bandanvan", NOW);
		assertThat(n.getStatus()).isEqualTo(NominationStatus.DECIDED);
	}

	private static Nomination nomination() {
		return new Nomination(10L, 5L, "Đề nghị tặng Kỷ niệm chương", "MANUAL", "binhduc", NOW);
	}

	private static Candidate candidate(Long officialId, String name) {
		return new Candidate(RecipientKind.INDIVIDUAL, officialId, 10L, name, "Thành tích", false);
	}

	private static Eligibility eligibility(boolean eligible) {
		return new Eligibility("KNC_DV", "Kỷ niệm chương", "X", LocalDate.of(2026, 12, 1), eligible,
				List.of(new Eligibility.Check(1L, "Số năm công tác dân vận", eligible, false,
						eligible ? "10 năm 0 tháng công tác dân vận, cần 10 năm ✓" : "7 năm 9 tháng công tác dân vận, cần 8 năm ✗",
						"Ví dụ")));
	}

}
