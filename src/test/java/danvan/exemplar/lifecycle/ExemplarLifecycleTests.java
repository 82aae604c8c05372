package danvan.exemplar.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import danvan.exemplar.ExemplarKind;
import danvan.exemplar.ExemplarStatus;
import danvan.exemplar.Rating;
import danvan.exemplar.RecognitionLevel;
import danvan.exemplar.register.Exemplar;
import danvan.exemplar.register.ExemplarDraft;
import danvan.exemplar.register.ExemplarRepository;
import danvan.exemplar.register.ExemplarService;
import danvan.exemplar.register.Step;
import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.platform.web.RuleViolationException;
import danvan.test.DanvanSpringTest;

/** The lifecycle and its refusals, the form's bad input, the unit's own records and the second save. */
@DanvanSpringTest
class ExemplarLifecycleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ExemplarService exemplars;

	@Autowired
	ExemplarLifecycle lifecycle;

	@Autowired
	ExemplarDossiers dossiers;

	@Autowired
	ExemplarRepository repository;

	@Autowired
	OrgDirectory org;

	@Test
	void noStateIsSkippedAndEachStepIsRecordedWithWhoWhenAndWhy() {
		Actor officer = actor("binhduc");
		Exemplar e = exemplars.register(officer, draft("Tổ nhân dân tự quản đường làng sạch", Map.of("HOUSEHOLDS", new BigDecimal("35"))));
		assertThat(e.getStatus()).isEqualTo(ExemplarStatus.REGISTERED);
		assertThat(e.getStageCode()).isEqualTo("2025-2030");

		assertThatThrownBy(() -> lifecycle.evaluate(officer, e.getId(), version(e), evaluation(today(), 80)))
			.isInstanceOf(RuleViolationException.class)
			.extracting(x -> ((RuleViolationException) x).messageKey())
			.isEqualTo("exemplar.transition.evaluate");
		assertThatThrownBy(() -> lifecycle.recognise(officer, e.getId(), version(e), RecognitionLevel.COMMUNE, today(),
				"QĐ 01", false))
			.extracting(x -> ((RuleViolationException) x).messageKey())
			.isEqualTo("exemplar.transition.recognise");

		lifecycle.start(officer, e.getId(), version(e), today(), true, "Cam kết giữ đường sạch mỗi tuần");
		assertThatThrownBy(() -> lifecycle.evaluate(officer, e.getId(), version(e), evaluation(today().minusYears(1), 80)))
			.extracting(x -> ((RuleViolationException) x).field())
			.isEqualTo("on");
		assertThatThrownBy(() -> lifecycle.recognise(officer, e.getId(), version(e), RecognitionLevel.COMMUNE, today(),
				"QĐ 01", false))
			.extracting(x -> ((RuleViolationException) x).messageKey())
			.isEqualTo("exemplar.transition.recognise");

		lifecycle.evaluate(officer, e.getId(), version(e), evaluation(today(), 80));
		assertThatThrownBy(() -> lifecycle.recognise(officer, e.getId(), version(e), RecognitionLevel.PROVINCE, today(),
				"QĐ 01", false))
			.as("a commune officer recognises at commune level only")
			.isInstanceOf(AccessDeniedException.class);
		lifecycle.recognise(officer, e.getId(), version(e), RecognitionLevel.COMMUNE, today(), "Quyết định 12-QĐ/ĐU", true);
		lifecycle.evaluate(officer, e.getId(), version(e), new EvaluationDraft(today(), "Đảng ủy xã",
				Map.of("EFFECT", 38, "MOBILISE", 28, "REPLICATE", 25), Rating.EXCELLENT, null, null,
				Map.of("HOUSEHOLDS", new BigDecimal("60"))));

		ExemplarDossiers.Dossier d = dossiers.dossier(officer, e.getId());
		assertThat(d.exemplar().getStatus()).isEqualTo(ExemplarStatus.RECOGNISED);
		assertThat(d.exemplar().getFigures().get("HOUSEHOLDS")).isEqualByComparingTo("60");
		assertThat(d.evaluations()).extracting(Evaluation::isImprovement).containsExactly(false, true);
		assertThat(d.history()).extracting(Step::getAction)
			.containsExactly(Step.Action.REGISTER, Step.Action.LAUNCH, Step.Action.EVALUATE, Step.Action.RECOGNISE,
					Step.Action.IMPROVE);
		assertThat(d.history()).allMatch(s -> s.getActor().equals("binhduc") && s.getHappenedOn() != null);

		assertThatThrownBy(() -> lifecycle.discontinue(officer, e.getId(), version(e), " "))
			.extracting(x -> ((RuleViolationException) x).field())
			.isEqualTo("reason");
		lifecycle.discontinue(officer, e.getId(), version(e), "Tuyến đường giải tỏa mở rộng");
		assertThat(repository.findById(e.getId()).orElseThrow().getStatus()).isEqualTo(ExemplarStatus.DISCONTINUED);
	}

	@Test
	void absurdFiguresAndDatesAreRefusedNextToTheirFieldAndNothingIsSaved() throws Exception {
		long before = repository.count();
		String kimSon = unit("DUX_KIM_SON").toString();
		mvc.perform(form("binhduc", kimSon).param("figures[PEOPLE]", "950000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không thể vượt quá 200000 người")));
		mvc.perform(form("binhduc", kimSon).param("figures[MONEY]", "1234567890123456"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không thể vượt quá")));
		mvc.perform(form("binhduc", kimSon).param("resourceMoney", "1234567890123456"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		mvc.perform(form("binhduc", kimSon).param("figures[HOUSES]", "-3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không được là số âm")));
		mvc.perform(form("binhduc", kimSon).param("endsOn", "2020-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày kết thúc không được trước ngày bắt đầu")));
		mvc.perform(post("/exemplar/exemplars").with(as("binhduc")).params(base(kimSon)).param("name", "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
		mvc.perform(form("binhduc", kimSon).param("fieldCode", "'; drop table exemplar_exemplar; --"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chọn một lĩnh vực trong danh mục")));
		assertThat(repository.count()).isEqualTo(before);
	}

	@Test
	void aCommuneOfficerCannotTouchAnotherCommunesExemplarAndTheSecondSaveIsTold() throws Exception {
		Exemplar mine = exemplars.register(actor("binhduc"), draft("Ngày thứ bảy tình nguyện ở xã Kim Sơn", Map.of()));
		mvc.perform(get("/exemplar/exemplars/{id}/edit", mine.getId()).with(as("longdinh"))).andExpect(status().isForbidden());
		mvc.perform(form("longdinh", unit("DUX_KIM_SON").toString()).with(as("longdinh")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/exemplar/exemplars/{id}/start", mine.getId()).with(as("longdinh")).param("version", "0"))
			.andExpect(status().isForbidden());
		assertThat(dossiers.dossier(actor("bandanvan"), mine.getId()).exemplar().getName()).contains("Kim Sơn");
		assertThatThrownBy(() -> exemplars.get(actor("longdinh"), mine.getId())).isInstanceOf(AccessDeniedException.class);

		long version = mine.getVersion();
		mvc.perform(post("/exemplar/exemplars/{id}", mine.getId()).with(as("binhduc")).params(base(unit("DUX_KIM_SON").toString()))
				.param("version", String.valueOf(version)).param("name", "Ngày thứ bảy tình nguyện (lần 1)"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/exemplar/exemplars/{id}", mine.getId()).with(as("bandanvan")).params(base(unit("DUX_KIM_SON").toString()))
				.param("version", String.valueOf(version)).param("name", "Ngày thứ bảy tình nguyện (lần 2)"))
			.andExpect(status().isConflict());
		assertThat(repository.findById(mine.getId()).orElseThrow().getName()).isEqualTo("Ngày thứ bảy tình nguyện (lần 1)");
	}

	private ExemplarDraft draft(String name, Map<String, BigDecimal> figures) {
		return ExemplarDraft.brief(ExemplarKind.MODEL, name, unit("DUX_KIM_SON"), "CULTURE_SOCIETY",
				"Đường làng nhiều rác", "Vận động từng hộ", today(), figures);
	}

	private static EvaluationDraft evaluation(LocalDate on, int total) {
		return new EvaluationDraft(on, "Đảng ủy xã Kim Sơn", Map.of("EFFECT", 32, "MOBILISE", 24, "REPLICATE", total - 56),
				Rating.GOOD, "Đạt", "Nhân dân đồng tình", Map.of("HOUSEHOLDS", new BigDecimal("40")));
	}

	private MockHttpServletRequestBuilder form(String username, String unit) {
		return post("/exemplar/exemplars").with(as(username)).params(base(unit)).param("name", "Mô hình thử nghiệm nhập liệu");
	}

	private static MultiValueMap<String, String> base(String unit) {
		LinkedMultiValueMap<String, String> p = new LinkedMultiValueMap<>();
		p.add("kind", "MODEL");
		p.add("unitId", unit);
		p.add("fieldCode", "ECONOMY");
		p.add("startsOn", LocalDate.now(danvan.platform.AppClock.VIETNAM).toString());
		return p;
	}

	private long version(Exemplar e) {
		return repository.findById(e.getId()).orElseThrow().getVersion();
	}

	private LocalDate today() {
		return exemplars.today();
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
