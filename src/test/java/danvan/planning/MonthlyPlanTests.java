package danvan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import danvan.org.OrgDirectory;
import danvan.planning.calendar.CalendarEntry;
import danvan.planning.calendar.CalendarService;
import danvan.planning.plan.ItemDraft;
import danvan.planning.plan.Plan;
import danvan.planning.plan.PlanBoard;
import danvan.planning.plan.PlanDraft;
import danvan.planning.plan.PlanItem;
import danvan.planning.plan.PlanService;
import danvan.planning.plan.ProgressService;
import danvan.planning.plan.ReportingPeriod;
import danvan.platform.security.Actor;
import danvan.platform.web.RuleViolationException;
import danvan.test.DanvanSpringTest;

/** A plan reported on each month: its periods are the months (data, V160), the board rolls up a month's reports. */
@DanvanSpringTest
class MonthlyPlanTests {

	@Autowired
	PlanService plans;

	@Autowired
	PlanBoard boards;

	@Autowired
	ProgressService progress;

	@Autowired
	CalendarService calendar;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrgDirectory org;

	@Test
	void aMonthlyPlanOffersMonthsRollsUpAMonthsReportsAndPutsEachMonthsEndOnTheCalendar() {
		Actor board = actor("bandanvan");
		Long province = org.unitByCode("BTGDV_DONG_THAP").orElseThrow().id();
		Long kimSon = org.unitByCode("DUX_KIM_SON").orElseThrow().id();
		Long longDinh = org.unitByCode("DUX_LONG_DINH").orElseThrow().id();
		Plan plan = plans.create(board, province, new PlanDraft(Plan.Kind.THEMATIC, "Kế hoạch cao điểm vận động quý IV/2026",
				null, null, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), "MONTH"));
		PlanItem target = plans.addItem(board, plan.getId(), ItemDraft.target(null, "Số buổi đối thoại với Nhân dân", "buổi",
				BigDecimal.ZERO, new BigDecimal("6"), PlanItem.Aggregation.SUM, province, LocalDate.of(2026, 12, 31)));
		plans.split(board, target.getId(), kimSon, new BigDecimal("3"));
		plans.split(board, target.getId(), longDinh, new BigDecimal("3"));

		List<ReportingPeriod> months = boards.periodsOf(plan, plan.getReportEvery());
		assertThat(months).extracting(ReportingPeriod::getCode).containsExactly("2026-M10", "2026-M11", "2026-M12");
		assertThat(months.get(1).getLabelArguments()).containsExactly("11", "2026");

		Long november = progress.periodByCode("2026-M11").orElseThrow().getId();
		progress.report(actor("binhduc"), target.getId(), kimSon, november, new BigDecimal("2"), "Hai buổi ở ấp", null);
		PlanBoard.Node node = boards.board(board, plan.getId(), null, november).nodes().stream()
			.filter(n -> n.item().getId().equals(target.getId()))
			.findFirst()
			.orElseThrow();
		assertThat(node.cell().target()).isEqualByComparingTo("6");
		assertThat(node.cell().achieved()).isEqualByComparingTo("2");
		assertThat(node.cell().missingUnits()).isEqualTo(1);

		List<LocalDate> due = calendar.entries(board, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), null)
			.stream()
			.filter(e -> e.kind().equals("REPORTING") && e.title().equals(plan.getTitle()))
			.map(CalendarEntry::day)
			.toList();
		assertThat(due).containsExactly(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 31));
	}

	@Test
	void aReportingKindNotInTheListIsRefusedAtItsField() {
		Long province = org.unitByCode("BTGDV_DONG_THAP").orElseThrow().id();
		assertThatThrownBy(() -> plans.create(actor("bandanvan"), province, new PlanDraft(Plan.Kind.THEMATIC, "Kế hoạch thử",
				null, null, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), "WEEK")))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("reportEvery");
	}

	private Actor actor(String username) {
		return (Actor) users.loadUserByUsername(username);
	}

}
