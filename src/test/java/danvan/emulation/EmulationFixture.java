package danvan.emulation;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import danvan.emulation.demo.DemoActor;
import danvan.emulation.demo.EmulationDemoData;
import danvan.emulation.movement.Movement;
import danvan.emulation.movement.MovementDraft;
import danvan.emulation.movement.MovementKind;
import danvan.emulation.movement.MovementService;
import danvan.emulation.movement.TieBreak;
import danvan.emulation.scale.ScaleService;
import danvan.emulation.scale.ScoringScale;
import danvan.org.OrgDirectory;
import danvan.platform.security.Role;

/** Makes a fresh movement on the demo district's revised scale, for a test to own. */
@Component
class EmulationFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	final MovementService movements;

	final ScaleService scales;

	final OrgDirectory org;

	final TransactionTemplate tx;

	EmulationFixture(MovementService movements, ScaleService scales, OrgDirectory org, TransactionTemplate tx) {
		this.movements = movements;
		this.scales = scales;
		this.org = org;
		this.tx = tx;
	}

	Long unit(String code) {
		return org.unitByCode(code).orElseThrow().id();
	}

	DemoActor admin() {
		return DemoActor.of("admin", unit("BDV_CHAU_THANH"), Role.ADMIN, null);
	}

	DemoActor officer(String code) {
		return DemoActor.of("canbo-" + code, unit(code), Role.UNIT_OFFICER, unit(code));
	}

	DemoActor reviewer(String username) {
		return DemoActor.of(username, unit("BDV_CHAU_THANH"), Role.REVIEWER, unit("HU_CHAU_THANH"));
	}

	ScoringScale revisedScale() {
		Long id = movements.all().stream().filter(m -> m.getName().equals(EmulationDemoData.MOVEMENT_90)).findFirst()
			.orElseThrow().getScaleId();
		return scales.get(id);
	}

	/** A movement in self-assessment with Bình Đức and Long Định, and a chain of the given reviewer steps. */
	Movement movementInSelfAssessment(LocalDate deadline, List<String>... stepReviewers) {
		return tx.execute(status -> {
			DemoActor admin = admin();
			Movement m = movements.create(admin, new MovementDraft("Phong trào thử " + SEQUENCE.incrementAndGet(),
					MovementKind.REGULAR, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), unit("BDV_CHAU_THANH"),
					revisedScale().getId(), null, deadline, TieBreak.FIRST_GROUP_THEN_SUBMISSION));
			movements.addParticipants(admin, m.getId(), List.of(unit("XA_BINH_DUC")), "Cụm 1");
			movements.addParticipants(admin, m.getId(), List.of(unit("XA_LONG_DINH")), "Cụm 1");
			int n = 1;
			for (List<String> reviewers : stepReviewers) {
				movements.addReviewStep(admin, m.getId(), "Bước " + n++, null, reviewers);
			}
			movements.advance(admin, m.getId(), m.getVersion());
			movements.advance(admin, m.getId(), m.getVersion());
			return m;
		});
	}

}
