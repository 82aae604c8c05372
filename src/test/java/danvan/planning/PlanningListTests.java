package danvan.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import danvan.org.OrgDirectory;
import danvan.planning.meeting.Meeting;
import danvan.planning.meeting.MeetingDraft;
import danvan.planning.meeting.MeetingService;
import danvan.planning.plan.Plan;
import danvan.planning.plan.PlanDraft;
import danvan.planning.plan.PlanService;
import danvan.platform.security.Actor;
import danvan.test.DanvanSpringTest;

/** The plan and meeting lists are narrowed, counted and paged in the database: scope, filters, words, hostile input. */
@DanvanSpringTest
class PlanningListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingService meetings;

	@Autowired
	PlanService plans;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrgDirectory org;

	@Test
	void meetingsArePagedScopedAndSearchedWithoutDiacriticsInTheDatabase() throws Exception {
		Long kimSon = unit("DUX_KIM_SON");
		Long longDinh = unit("DUX_LONG_DINH");
		Actor commune = actor("binhduc");
		LocalDateTime may = LocalDate.of(2031, 5, 4).atTime(8, 0);
		for (int i = 1; i <= 3; i++) {
			meetings.create(commune, kimSon, draft(Meeting.Kind.TRAINING, "Tập huấn kỹ năng Dân vận khéo đợt " + i,
					may.plusDays(i), "Nhà văn hóa ấp Bình Thạnh"));
		}
		Meeting percent = meetings.create(commune, kimSon,
				draft(Meeting.Kind.WORKING_SESSION, "Rà soát chỉ tiêu đạt 100% năm 2031", may, "Hội trường Đảng ủy"));
		MeetingService.Filter may2031 = new MeetingService.Filter(null, null, null, LocalDate.of(2031, 5, 1),
				LocalDate.of(2031, 5, 31), null);

		Actor board = actor("bandanvan");
		var first = meetings.page(board, withQuery(may2031, "tap huan KY NANG dan van"), PageRequest.of(0, 2));
		assertThat(first.getTotalElements()).isEqualTo(3);
		assertThat(first.getTotalPages()).isEqualTo(2);
		assertThat(first.getContent()).extracting(Meeting::getTitle).containsExactly("Tập huấn kỹ năng Dân vận khéo đợt 3",
				"Tập huấn kỹ năng Dân vận khéo đợt 2");
		assertThat(meetings.page(board, withQuery(may2031, "tap huan"), PageRequest.of(1, 2)).getContent()).hasSize(1);
		// the place is searched too; the kind and status filters are in the query
		assertThat(meetings.list(board, withQuery(may2031, "binh thanh"))).hasSize(3);
		assertThat(meetings.list(board, new MeetingService.Filter(null, Meeting.Kind.WORKING_SESSION, Meeting.Status.PLANNED,
				may2031.from(), may2031.to(), null))).extracting(Meeting::getId).containsExactly(percent.getId());
		assertThat(meetings.list(board, new MeetingService.Filter(null, null, Meeting.Status.HELD, may2031.from(),
				may2031.to(), null))).isEmpty();

		// another commune sees none of them until invited to one; the unit filter matches invited units too
		Actor other = actor("longdinh");
		assertThat(meetings.list(other, may2031)).isEmpty();
		meetings.invite(commune, percent.getId(), longDinh, null);
		assertThat(meetings.list(other, may2031)).extracting(Meeting::getId).containsExactly(percent.getId());
		assertThat(meetings.list(board, new MeetingService.Filter(longDinh, null, null, may2031.from(), may2031.to(), null)))
			.extracting(Meeting::getId).containsExactly(percent.getId());

		// typed wildcards and quotes match themselves, nothing more
		assertThat(meetings.list(board, withQuery(may2031, "100%"))).hasSize(1);
		assertThat(meetings.list(board, withQuery(may2031, "%"))).hasSize(1);
		assertThat(meetings.list(board, withQuery(may2031, "_"))).isEmpty();
		assertThat(meetings.list(board, withQuery(may2031, "' or 1=1 --"))).isEmpty();
		assertThat(meetings.list(board, withQuery(may2031, "x".repeat(5000)))).isEmpty();

		// the page: hostile parameters answer a page, never a 500
		mvc.perform(get("/planning/meetings").param("q", "' or 1=1; drop table planning_meeting --").param("page", "-7")
			.with(user(users.loadUserByUsername("bandanvan")))).andExpect(status().isOk());
		mvc.perform(get("/planning/meetings").param("from", "2031-05-01").param("to", "2031-05-31").param("q", "tập huấn")
			.param("page", "999999999").with(user(users.loadUserByUsername("bandanvan"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tìm thấy 3 bản ghi")));
	}

	@Test
	void plansArePagedScopedAndFilteredInTheDatabase() throws Exception {
		Long kimSon = unit("DUX_KIM_SON");
		Actor commune = actor("binhduc");
		for (int i = 1; i <= 3; i++) {
			plans.create(commune, kimSon, new PlanDraft(Plan.Kind.THEMATIC, "Kế hoạch chuyên đề Dân vận khéo số " + i + " năm 2033",
					i + "-KH/ĐU", LocalDate.of(2033, 1, i), LocalDate.of(2033, 1, i), LocalDate.of(2033, 12, 31)));
		}
		Actor board = actor("bandanvan");
		PlanService.Filter y2033 = new PlanService.Filter(null, null, null, 2033, "ke hoach chuyen de dan van kheo");
		var page = plans.page(board, y2033, PageRequest.of(0, 2));
		assertThat(page.getTotalElements()).isEqualTo(3);
		assertThat(page.getContent()).extracting(Plan::getDocNumber).containsExactly("3-KH/ĐU", "2-KH/ĐU");
		assertThat(plans.list(board, new PlanService.Filter(kimSon, Plan.Kind.THEMATIC, null, 2033, "2-KH/DU"))).hasSize(1);
		assertThat(plans.list(board, new PlanService.Filter(null, Plan.Kind.ANNUAL, null, 2033, "dan van kheo"))).isEmpty();
		assertThat(plans.list(board, new PlanService.Filter(null, null, Plan.Status.WITHDRAWN, 2033, "dan van kheo"))).isEmpty();
		assertThat(plans.list(board, new PlanService.Filter(null, null, null, 2034, "dan van kheo"))).isEmpty();
		assertThat(plans.list(board, new PlanService.Filter(unit("DUX_LONG_DINH"), null, null, 2033, "dan van kheo"))).isEmpty();
		assertThat(plans.list(actor("longdinh"), y2033)).isEmpty();
		assertThat(plans.list(commune, y2033)).hasSize(3);
		assertThat(plans.list(board, new PlanService.Filter(null, null, null, -5, "dan_van%"))).isEmpty();

		mvc.perform(get("/planning/plans").param("year", "2033").param("q", "chuyên đề dân vận khéo").param("page", "-1")
			.with(user(users.loadUserByUsername("bandanvan"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tìm thấy 3 bản ghi")));
	}

	private static MeetingService.Filter withQuery(MeetingService.Filter f, String q) {
		return new MeetingService.Filter(f.unitId(), f.kind(), f.status(), f.from(), f.to(), q);
	}

	private static MeetingDraft draft(Meeting.Kind kind, String title, LocalDateTime start, String place) {
		return new MeetingDraft(kind, title, start, start.plusHours(3), place, false, "Bí thư Đảng ủy xã", null,
				kind == Meeting.Kind.TRAINING ? "Kỹ năng vận động quần chúng" : null);
	}

	private Long unit(String code) {
		return org.unitByCode(code).orElseThrow().id();
	}

	private Actor actor(String username) {
		return (Actor) users.loadUserByUsername(username);
	}

}
