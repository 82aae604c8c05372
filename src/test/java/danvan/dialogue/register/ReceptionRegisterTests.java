package danvan.dialogue.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import danvan.dialogue.petition.Petition;
import danvan.dialogue.petition.PetitionDraft;
import danvan.dialogue.petition.PetitionKind;
import danvan.dialogue.petition.PetitionService;
import danvan.dialogue.petition.PetitionSource;
import danvan.org.OrgDirectory;
import danvan.platform.security.Actor;
import danvan.test.DanvanSpringTest;

/** What the register's columns say, for petitions of several units of the subtree read in one register. */
@DanvanSpringTest
@Tag("db")
class ReceptionRegisterTests {

	private static final String MARK = "Sổ tiếp dân thử — ";

	@Autowired
	ReceptionRegister register;

	@Autowired
	PetitionService petitions;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrgDirectory org;

	@Test
	void theRowsOfTheSubtreeComeInDateOrderWithTheirReferralGuidanceAndOwnCompetence() {
		Long province = unit("TU_DONG_THAP");
		Long commune = unit("DUX_KIM_SON");
		Long agency = unit("UBNDX_KIM_SON");
		Petition guided = received(commune, "hướng dẫn", LocalDate.of(2026, 2, 10), null, null);
		petitions.guide(board(), guided.getId(), guided.getVersion(), "Hướng dẫn gửi Tòa án nhân dân khu vực");
		Petition forwarded = received(province, "chuyển", LocalDate.of(2026, 2, 9), null, null);
		petitions.forward(board(), forwarded.getId(), forwarded.getVersion(), agency, "12/CV-BDV",
				LocalDate.of(2026, 2, 11), null);
		Petition own = received(province, "thẩm quyền", LocalDate.of(2026, 2, 10), "079203001234", "ấp 3, xã Kim Sơn");

		List<ReceptionRegister.Row> rows = register.rows(board(), province, LocalDate.of(2026, 2, 1),
				LocalDate.of(2026, 2, 28))
			.stream()
			.filter(r -> r.content().startsWith(MARK))
			.toList();

		assertThat(rows).extracting(ReceptionRegister.Row::content)
			.containsExactly(MARK + "chuyển", MARK + "hướng dẫn", MARK + "thẩm quyền");
		assertThat(rows).extracting(ReceptionRegister.Row::number).isSorted();
		ReceptionRegister.Row referred = rows.get(0);
		assertThat(referred.referredTo()).isEqualTo(org.nameOf(agency).orElseThrow() + " (12/CV-BDV, 11/02/2026)");
		assertThat(referred.ownCompetence()).isFalse();
		ReceptionRegister.Row guidance = rows.get(1);
		assertThat(guidance.guidance()).isEqualTo("Hướng dẫn gửi Tòa án nhân dân khu vực");
		assertThat(guidance.ownCompetence()).isFalse();
		assertThat(guidance.referredTo()).isNull();
		ReceptionRegister.Row competent = rows.get(2);
		assertThat(competent.ownCompetence()).isTrue();
		assertThat(competent.guidance()).isNull();
		assertThat(competent.nameAndAddress()).isEqualTo("Trần Thị Sổ, ấp 3, xã Kim Sơn");
		assertThat(competent.identity()).isEqualTo("079203001234");
		assertThat(competent.note()).isEqualTo(own.getTrackingCode());

		assertThat(register.rows(board(), commune, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)))
			.extracting(ReceptionRegister.Row::content)
			.contains(MARK + "hướng dẫn")
			.doesNotContain(MARK + "chuyển", MARK + "thẩm quyền");
	}

	private Petition received(Long unit, String content, LocalDate on, String identity, String address) {
		return petitions.receive(board(), new PetitionDraft(unit, null, PetitionSource.LETTER, PetitionKind.PETITION,
				"Giao thông", MARK + content, 1, "Trần Thị Sổ", identity, address, null, on));
	}

	private Long unit(String code) {
		return org.unitByCode(code).orElseThrow().id();
	}

	private Actor board() {
		return (Actor) users.loadUserByUsername("bandanvan");
	}

}
