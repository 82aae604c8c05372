package danvan.emulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import danvan.emulation.assessment.Assessment;
import danvan.emulation.assessment.AssessmentService;
import danvan.emulation.assessment.AssessmentStatus;
import danvan.emulation.assessment.ReviewAction;
import danvan.emulation.assessment.ReviewService;
import danvan.emulation.demo.DemoActor;
import danvan.emulation.movement.Movement;
import danvan.emulation.scale.ScaleItem;
import danvan.platform.notifications.Notification;
import danvan.platform.notifications.NotificationService;
import danvan.platform.security.Role;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;
import danvan.test.DanvanSpringTest;

/** The chain: adjust with a reason, return, approve, history, conflicting reviewers, no self-review. */
@DanvanSpringTest
class EmulationReviewTests {

	@Autowired
	EmulationFixture fixture;

	@Autowired
	AssessmentService assessments;

	@Autowired
	ReviewService reviews;

	@Autowired
	NotificationService notifications;

	private Movement movement;

	private Long unit;

	private ScaleItem i2;

	private Movement submittedMovement() {
		movement = fixture.movementInSelfAssessment(LocalDate.of(2099, 1, 1), List.of("thamdinh", "thamdinh2"), List.of("bandanvan"));
		unit = fixture.unit("XA_BINH_DUC");
		i2 = fixture.revisedScale().item("I.2");
		DemoActor officer = fixture.officer("XA_BINH_DUC");
		Assessment a = assessments.open(officer, movement.getId(), unit);
		a = assessments.saveSelf(officer, movement.getId(), unit, a.getVersion(), Map.of(i2.getId(), new BigDecimal("8")),
				Map.of(i2.getId(), "Tuyên truyền 4 hình thức"));
		assessments.submit(officer, movement.getId(), unit, version());
		return movement;
	}

	private long version() {
		return assessments.open(fixture.admin(), movement.getId(), unit).getVersion();
	}

	@Test
	void anAdjustmentNeedsAReasonAndIsKeptInTheHistory() {
		submittedMovement();
		DemoActor reviewer = fixture.reviewer("thamdinh");
		assertThatThrownBy(() -> reviews.adjust(reviewer, movement.getId(), unit, version(), 1, i2.getId(), new BigDecimal("6"), " "))
			.isInstanceOf(RuleViolationException.class).hasMessage("emulation.review.reasonRequired");
		assertThatThrownBy(() -> reviews.adjust(reviewer, movement.getId(), unit, version(), 1, i2.getId(), new BigDecimal("9"), "Vượt"))
			.hasMessage("emulation.score.outOfRange");
		reviews.adjust(reviewer, movement.getId(), unit, version(), 1, i2.getId(), new BigDecimal("6.5"), "Thiếu hình ảnh pa-nô");
		Assessment a = assessments.open(fixture.admin(), movement.getId(), unit);
		assertThat(a.pointsOn(i2.getId())).isEqualByComparingTo("6.5");
		assertThat(a.scoreFor(i2.getId()).orElseThrow().getSelfPoints()).isEqualByComparingTo("8");
		assertThat(a.changesOf(i2.getId())).singleElement().satisfies(c -> {
			assertThat(c.getPointsBefore()).isEqualByComparingTo("8");
			assertThat(c.getPointsAfter()).isEqualByComparingTo("6.5");
			assertThat(c.getReason()).isEqualTo("Thiếu hình ảnh pa-nô");
			assertThat(c.getChangedBy()).isEqualTo("thamdinh");
			assertThat(c.getStepName()).isEqualTo("Bước 1");
		});
	}

	@Test
	void twoReviewersOnTheSameVersionNeverOverwriteEachOtherSilently() {
		submittedMovement();
		long seenByBoth = version();
		reviews.adjust(fixture.reviewer("thamdinh"), movement.getId(), unit, seenByBoth, 1, i2.getId(), new BigDecimal("7"), "Lý do A");
		assertThatThrownBy(() -> reviews.adjust(fixture.reviewer("thamdinh2"), movement.getId(), unit, seenByBoth, 1,
				i2.getId(), new BigDecimal("5"), "Lý do B")).isInstanceOf(StaleRecordException.class);
		assertThat(assessments.open(fixture.admin(), movement.getId(), unit).pointsOn(i2.getId())).isEqualByComparingTo("7");
	}

	@Test
	void approvingMovesStepByStepAndCannotApprovePastAStep() {
		submittedMovement();
		reviews.approve(fixture.reviewer("thamdinh"), movement.getId(), unit, version(), 1, null);
		assertThat(assessments.open(fixture.admin(), movement.getId(), unit).getCurrentStep()).isEqualTo(2);
		assertThatThrownBy(() -> reviews.approve(fixture.reviewer("thamdinh"), movement.getId(), unit, version(), 1, null))
			.hasMessage("emulation.review.wrongStep");
		DemoActor head = DemoActor.of("bandanvan", fixture.unit("BDV_CHAU_THANH"), Role.BOARD_OFFICER, fixture.unit("HU_CHAU_THANH"));
		assertThatThrownBy(() -> reviews.approve(head, movement.getId(), unit, version(), 3, null))
			.hasMessage("emulation.review.wrongStep");
		reviews.returnToPreviousStep(head, movement.getId(), unit, version(), 2, "Bước 1 xem lại tiêu chí I.2");
		assertThat(assessments.open(fixture.admin(), movement.getId(), unit).getCurrentStep()).isEqualTo(1);
		reviews.approve(fixture.reviewer("thamdinh"), movement.getId(), unit, version(), 1, null);
		reviews.approve(head, movement.getId(), unit, version(), 2, "Đồng ý");
		Assessment done = assessments.open(fixture.admin(), movement.getId(), unit);
		assertThat(done.getStatus()).isEqualTo(AssessmentStatus.APPROVED);
		assertThat(done.getActions()).extracting(ReviewAction::getAction)
			.containsExactly(ReviewAction.Kind.SUBMIT, ReviewAction.Kind.APPROVE, ReviewAction.Kind.RETURN_TO_STEP,
					ReviewAction.Kind.APPROVE, ReviewAction.Kind.APPROVE);
		assertThatThrownBy(() -> reviews.adjust(head, movement.getId(), unit, version(), 2, i2.getId(), BigDecimal.ONE, "muộn"))
			.hasMessage("emulation.review.wrongStep");
	}

	@Test
	void aReturnGivesTheAssessmentBackToTheUnitWhichResubmits() {
		submittedMovement();
		assertThatThrownBy(() -> reviews.returnToUnit(fixture.reviewer("thamdinh"), movement.getId(), unit, version(), 1, ""))
			.hasMessage("emulation.review.commentRequired");
		reviews.returnToUnit(fixture.reviewer("thamdinh"), movement.getId(), unit, version(), 1, "Bổ sung minh chứng");
		DemoActor officer = fixture.officer("XA_BINH_DUC");
		assessments.saveSelf(officer, movement.getId(), unit, version(), Map.of(i2.getId(), new BigDecimal("7")), Map.of());
		Assessment again = assessments.submit(officer, movement.getId(), unit, version());
		assertThat(again.getStatus()).isEqualTo(AssessmentStatus.IN_REVIEW);
		assertThat(again.getCurrentStep()).isEqualTo(1);
	}

	@Test
	void reviewersNeverReviewTheirOwnUnitAndUnitOfficersNeverReview() {
		submittedMovement();
		DemoActor fromTheCommune = DemoActor.of("thamdinh", unit, Role.REVIEWER, fixture.unit("HU_CHAU_THANH"));
		assertThatThrownBy(() -> reviews.approve(fromTheCommune, movement.getId(), unit, version(), 1, null))
			.hasMessage("emulation.review.ownUnit");
		assertThatThrownBy(() -> reviews.approve(fixture.officer("XA_BINH_DUC"), movement.getId(), unit, version(), 1, null))
			.isInstanceOf(RuntimeException.class);
		DemoActor notAssigned = fixture.reviewer("someone-else");
		assertThatThrownBy(() -> reviews.approve(notAssigned, movement.getId(), unit, version(), 1, null))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theStepsReviewersAreNotifiedInApp() {
		submittedMovement();
		List<Notification> inbox = notifications.readAll(fixture.reviewer("thamdinh"));
		assertThat(inbox).anySatisfy(n -> {
			assertThat(n.getLink()).startsWith("/emulation/movements/" + movement.getId() + "/");
			assertThat(n.getMessage()).contains("đang chờ bước “Bước 1” thẩm định");
		});
	}

}
