package danvan.commendation.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;
import danvan.identity.Accounts;
import danvan.test.DanvanSpringTest;

import danvan.commendation.appraisal.AppraisalService;
import danvan.commendation.appraisal.Discipline;
import danvan.commendation.appraisal.DisciplineForm;
import danvan.commendation.appraisal.QualityRating;

/**
 * The rating and discipline rules an administrator adds, checked against the ratings and disciplinary actions the
 * board records: five years "hoàn thành xuất sắc" running, a reprimand inside the window and after it, an
 * annulled decision, and the refusals of bad rules and records. Each test uses an award of its own.
 */
@DanvanSpringTest
class RatingAndDisciplineRulesTests {

	@Autowired
	RuleAdmin admin;

	@Autowired
	EligibilityService eligibility;

	@Autowired
	AppraisalService appraisals;

	@Autowired
	OrgDirectory org;

	@Autowired
	JdbcTemplate jdbc;

	/** The application's clock, in Vietnam time: "tomorrow" must be tomorrow there, not in UTC. */
	@Autowired
	java.time.Clock clock;

	@Autowired
	org.springframework.context.ApplicationContext context;

	String award;

	Long official;

	Actor board;

	@BeforeEach
	void anAwardOfTheTestsOwn() {
		award = "T_" + Long.toString(System.nanoTime(), 36).toUpperCase();
		jdbc.update("insert into commendation_award_type (code, name, recipient_kind, category, granting_authority,"
				+ " legal_basis, sort_order, active) values (?, 'Bằng khen thử', 'INDIVIDUAL', 'FORM', 'Ban Thường vụ',"
				+ " 'Hướng dẫn thử', 999, false)", award);
		Long unit = org.unitByCode("BDV_CHAU_THANH").orElseThrow().id();
		official = org.officialsIn(unit, LocalDate.of(2020, 10, 8)).get(0).id();
		board = new Accounts(context).actor("bandanvan");
	}

	@Test
	void fiveExcellentYearsRunningAreNeededAndAGoodYearBreaksTheRun() {
		admin.add(award, rule(RuleKind.RATING, QualityRating.EXCELLENT, 5, 5, true));
		for (int year = 2016; year <= 2020; year++) {
			appraisals.rate(board, official, year, QualityRating.EXCELLENT, "Quyết định xếp loại " + year, null, null);
		}
		Eligibility in2021 = eligibility.forOfficial(award, official, LocalDate.of(2021, 3, 1), false);
		assertThat(in2021.eligible()).isTrue();
		assertThat(in2021.rules().get(0).explanation()).isEqualTo(
				"Hoàn thành xuất sắc nhiệm vụ: 2016, 2017, 2018, 2019, 2020 (liên tục đến năm 2020: 5 năm, cần 5 năm liên tục) ✓");
		var rated2020 = appraisals.ratings(board, official).stream().filter(r -> r.getYear() == 2020).findFirst().orElseThrow();
		appraisals.rate(board, official, 2020, QualityRating.GOOD, "Quyết định xếp loại 2020 (đính chính)", null,
				rated2020.getVersion());
		Eligibility corrected = eligibility.forOfficial(award, official, LocalDate.of(2021, 3, 1), false);
		assertThat(corrected.eligible()).isFalse();
		assertThat(corrected.rules().get(0).explanation()).endsWith("(liên tục đến năm 2020: 0 năm, cần 5 năm liên tục) ✗");
		assertThatThrownBy(() -> appraisals.rate(board, official, 2020, QualityRating.EXCELLENT, "x", null,
				rated2020.getVersion())).isInstanceOf(StaleRecordException.class);
		assertThatThrownBy(() -> appraisals.rate(board, official, 2019, QualityRating.EXCELLENT, "x", null, null))
			.isInstanceOf(RuleViolationException.class).hasMessage("commendation.rating.yearTaken");
	}

	@Test
	void aReprimandInsideTheWindowFailsUntilItIsAnnulledAndCountsNoLongerOnceOutside() {
		admin.add(award, rule(RuleKind.NO_DISCIPLINE, null, 2, null, false));
		Discipline reprimand = appraisals.discipline(board, official, DisciplineForm.REPRIMAND, LocalDate.of(2019, 5, 10),
				"15-QĐ/UBKT", "Vi phạm quy chế làm việc");
		Eligibility inside = eligibility.forOfficial(award, official, LocalDate.of(2021, 5, 10), false);
		assertThat(inside.eligible()).isFalse();
		assertThat(inside.rules().get(0).explanation()).isEqualTo("bị kỷ luật Khiển trách ngày 10/05/2019 (quyết định 15-QĐ/UBKT) ✗");
		Eligibility dayAfter = eligibility.forOfficial(award, official, LocalDate.of(2021, 5, 11), false);
		assertThat(dayAfter.eligible()).as("two years after the decision").isTrue();
		assertThat(dayAfter.rules().get(0).explanation()).isEqualTo("không bị kỷ luật từ 11/05/2019 đến 11/05/2021 ✓");
		assertThat(eligibility.forOfficial(award, official, LocalDate.of(2019, 5, 9), false).eligible())
			.as("before the decision").isTrue();
		appraisals.annul(board, reprimand.getId(), reprimand.getVersion(), LocalDate.of(2020, 1, 6), "Quyết định 02-QĐ/UBKT hủy");
		assertThat(eligibility.forOfficial(award, official, LocalDate.of(2020, 6, 1), false).eligible()).isTrue();
		assertThat(eligibility.forOfficial(award, official, LocalDate.of(2019, 12, 1), false).eligible())
			.as("checked on a day before the annulment").isFalse();
		assertThatThrownBy(() -> appraisals.annul(board, reprimand.getId(), reprimand.getVersion() + 1,
				LocalDate.of(2020, 2, 1), "lần nữa")).isInstanceOf(RuntimeException.class);
		assertThat(jdbc.queryForObject("select count(*) from commendation_discipline where id = ?", Integer.class,
				reprimand.getId())).as("annulled, not deleted").isEqualTo(1);
	}

	@Test
	void badRulesAndRecordsAreRefusedNextToTheirField() {
		assertThat(field(() -> admin.add(award, rule(RuleKind.RATING, null, 5, 5, true)))).isEqualTo("requiredRating");
		assertThat(field(() -> admin.add(award, rule(RuleKind.RATING, QualityRating.EXCELLENT, 3, 5, true))))
			.as("more years than the window").isEqualTo("minCount");
		assertThat(field(() -> admin.add(award, rule(RuleKind.NO_DISCIPLINE, null, 0, null, false)))).isEqualTo("windowYears");
		assertThat(field(() -> admin.add(award, new RuleDraft(RuleKind.NOT_POSTHUMOUS, null, null, null, null, null,
				false, null, null, false, " ", null, LocalDate.of(2020, 1, 1), null)))).isEqualTo("legalBasis");
		assertThat(field(() -> admin.add(award, new RuleDraft(RuleKind.NOT_POSTHUMOUS, null, null, null, null, null,
				false, null, null, false, "Căn cứ", null, LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)))))
			.isEqualTo("effectiveTo");
		assertThat(field(() -> appraisals.rate(board, official, LocalDate.now(clock).getYear() + 1, QualityRating.GOOD, "x",
				null, null))).isEqualTo("year");
		assertThat(field(() -> appraisals.discipline(board, official, DisciplineForm.WARNING, LocalDate.now(clock).plusDays(1),
				"1-QĐ", null))).isEqualTo("decidedOn");
		assertThat(field(() -> appraisals.rate(board, official, 2015, QualityRating.GOOD, "x".repeat(301), null, null)))
			.isEqualTo("basis");
		Actor unitOfficer = new Accounts(context).actor("binhduc");
		assertThatThrownBy(() -> appraisals.ratings(unitOfficer, official)).as("a unit officer is not the board")
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anEndedRuleNoLongerAppliesAfterItsLastDayAndCannotBeEndedTwice() {
		EligibilityRule rule = admin.add(award, rule(RuleKind.NO_DISCIPLINE, null, 1, null, false));
		appraisals.discipline(board, official, DisciplineForm.WARNING, LocalDate.of(2023, 3, 1), "7-QĐ/UBKT", null);
		assertThat(eligibility.forOfficial(award, official, LocalDate.of(2023, 6, 1), false).eligible()).isFalse();
		EligibilityRule ended = admin.end(rule.getId(), rule.getVersion(), LocalDate.of(2023, 5, 31));
		assertThat(eligibility.forOfficial(award, official, LocalDate.of(2023, 5, 31), false).eligible()).isFalse();
		assertThat(eligibility.forOfficial(award, official, LocalDate.of(2023, 6, 1), false).rules()).isEmpty();
		assertThat(field(() -> admin.end(rule.getId(), ended.getVersion(), LocalDate.of(2024, 1, 1)))).isEqualTo("effectiveTo");
		assertThat(jdbc.queryForObject("select count(*) from platform_audit_entry where entity_type = 'EligibilityRule'"
				+ " and entity_id = ?", Integer.class, String.valueOf(rule.getId()))).isGreaterThanOrEqualTo(2);
	}

	private static RuleDraft rule(RuleKind kind, QualityRating rating, Integer window, Integer count, boolean consecutive) {
		return new RuleDraft(kind, null, null, null, window, count, consecutive, null, rating, false,
				"Hướng dẫn 06-HD/TW, khoản 19.2 (thử)", null, LocalDate.of(2010, 1, 1), null);
	}

	private static String field(Runnable change) {
		try {
			change.run();
		}
		catch (RuleViolationException e) {
			return e.field();
		}
		throw new AssertionError("not refused");
	}

}
