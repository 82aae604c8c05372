package danvan.commendation.nomination;

import static danvan.commendation.CommendationWeb.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import danvan.emulation.NominationsRequested;
import danvan.exemplar.review.StageReviews;
import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.test.DanvanSpringTest;

import danvan.commendation.RecipientKind;
import danvan.commendation.catalog.CatalogService;

/**
 * Emulation's results and exemplar's stage reviews arrive as proposed nominations the board reviews: each once,
 * however often the event is delivered, shown in the list as "đề xuất từ …" with a link to where it came from.
 */
@DanvanSpringTest
class NominationProposalsTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	NominationRepository nominations;

	@Autowired
	StageReviews stageReviews;

	@Autowired
	CatalogService catalog;

	@Autowired
	OrgDirectory org;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Test
	void publishedResultsBecomeOneProposedNominationOfTheirUnitsEvenWhenTheEventIsReplayed() throws Exception {
		Long province = org.unitByCode("TU_DONG_THAP").orElseThrow().id();
		Long kimSon = org.unitByCode("DUX_KIM_SON").orElseThrow().id();
		NominationsRequested event = new NominationsRequested(990_001L, "Thi đua dân vận khéo năm 2026", province, 1,
				"EXCELLENT", List.of(new NominationsRequested.Nominee(kimSon, "xã Kim Sơn", "Cụm 1",
						new BigDecimal("97.5"), 1, 1, "Xuất sắc")), "bandanvan");
		long before = nominations.count();

		deliver(event);
		deliver(event);

		assertThat(nominations.count()).isEqualTo(before + 1);
		Nomination n = nominations.findBySourceKey("EMULATION:990001:1:EXCELLENT").orElseThrow();
		assertThat(n.getOrigin()).isEqualTo("EMULATION");
		assertThat(n.getStatus()).isEqualTo(NominationStatus.DRAFT);
		assertThat(n.getProposingUnitId()).isEqualTo(province);
		assertThat(catalog.awardType(n.getAwardTypeId()).getCode()).isEqualTo("GK_TT");
		assertThat(n.getCandidates()).singleElement().satisfies(c -> {
			assertThat(c.getRecipientKind()).isEqualTo(RecipientKind.COLLECTIVE);
			assertThat(c.getUnitId()).isEqualTo(kimSon);
			assertThat(c.getAchievement()).isEqualTo(
					"Xếp thứ 1 (thứ 1 trong cụm Cụm 1), tổng điểm 97,5, xếp loại Xuất sắc trong phong trào “Thi đua dân vận khéo năm 2026”");
		});
		assertThat(n.getSourceLink()).isEqualTo("/emulation/movements/990001/results");

		mvc.perform(get("/commendation/nominations").with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("đề xuất từ")))
			.andExpect(content().string(containsString("href=\"/emulation/movements/990001/results\"")))
			.andExpect(content().string(containsString("kết quả phong trào “Thi đua dân vận khéo năm 2026”")));
	}

	@Test
	void theHonouredExemplarsOfAStageReviewBecomeProposalsForCollectivesAndIndividualsOnce() throws Exception {
		Actor board = (Actor) users.loadUserByUsername("bandanvan");
		Long district = org.unitByCode("HU_CHAU_THANH").orElseThrow().id();

		int sent = stageReviews.requestNominations(board, "2015-2020", district);
		stageReviews.requestNominations(board, "2015-2020", district);

		String base = "EXEMPLAR:2015-2020:" + district + ":";
		Nomination collectives = nominations.findBySourceKey(base + "COLLECTIVE").orElseThrow();
		int individuals = nominations.findBySourceKey(base + "INDIVIDUAL").map(n -> n.getCandidates().size()).orElse(0);
		assertThat(collectives.getCandidates().size() + individuals).isEqualTo(sent);
		assertThat(collectives.getCandidates()).allMatch(c -> c.getRecipientKind() == RecipientKind.COLLECTIVE)
			.anyMatch(c -> c.getAchievement().startsWith("Mô hình “Hiến đất làm đường ở xã Bình Đức”, công nhận Cấp huyện"));
		assertThat(collectives.getCandidates()).extracting(Candidate::getUnitId).doesNotHaveDuplicates();
		assertThat(collectives.getOrigin()).isEqualTo("EXEMPLAR");

		mvc.perform(get("/commendation/nominations/{id}", collectives.getId()).with(as(users, "bandanvan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/exemplar/stages/2015-2020?unit=" + district + "\"")))
			.andExpect(content().string(containsString("rà soát giai đoạn 2015-2020")));
	}

	/** Publishes inside a committed transaction, as the emulation service does; the listener runs after commit. */
	private void deliver(Object event) {
		tx.executeWithoutResult(status -> events.publishEvent(event));
	}

}
