package danvan.commendation.nomination;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import danvan.emulation.NominationsRequested;
import danvan.exemplar.ExemplarKind;
import danvan.exemplar.ExemplarsHonoured;
import danvan.org.OrgDirectory;

import danvan.commendation.RecipientKind;
import danvan.commendation.catalog.AwardType;
import danvan.commendation.catalog.CatalogService;

/**
 * Turns other modules' requests into proposed nominations for the board to review: emulation's published
 * results ({@link NominationsRequested}) and exemplar's stage reviews ({@link ExemplarsHonoured}). Each source
 * has one nomination per award, found again by its key, so a replayed event adds nobody twice; the award a
 * proposal starts from is data ({@code commendation_proposal_award}).
 * <p>
 * Each listener runs after the publisher's commit in its own transaction: what Spring Modulith's
 * {@code @ApplicationModuleListener} declares, without its asynchronous delivery (the app has no
 * {@code spring-modulith-events-api} nor an event publication registry yet). A failure is logged and leaves the
 * publisher's work committed; delivering the event again is safe.
 */
@Component
class NominationProposals {

	private static final Logger log = LoggerFactory.getLogger(NominationProposals.class);

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final NominationRepository nominations;

	private final CatalogService catalog;

	private final OrgDirectory org;

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	private final Clock clock;

	NominationProposals(NominationRepository nominations, CatalogService catalog, OrgDirectory org, JdbcTemplate jdbc,
			MessageSource messages, Clock clock) {
		this.nominations = nominations;
		this.catalog = catalog;
		this.org = org;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(NominationsRequested event) {
		List<Candidate> candidates = new ArrayList<>();
		for (NominationsRequested.Nominee n : event.nominees()) {
			String name = org.nameOf(n.unitId()).orElse(n.unitName());
			candidates.add(new Candidate(RecipientKind.COLLECTIVE, null, n.unitId(), name,
					text("commendation.proposal.emulationAchievement", n.rank(), n.clusterRank(),
							n.cluster() == null ? "—" : n.cluster(), n.total(),
							n.classification() == null ? "—" : n.classification(), event.movementName()),
					false));
		}
		String key = "EMULATION:" + event.movementId() + ":" + event.revisionNo() + ":" + event.rule();
		propose("EMULATION", RecipientKind.COLLECTIVE, key, event.organiserUnitId(),
				text("commendation.proposal.emulationTitle", event.movementName()), event.movementName(),
				"/emulation/movements/" + event.movementId() + "/results", candidates, event.actor());
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(ExemplarsHonoured event) {
		List<Candidate> collectives = new ArrayList<>();
		List<Candidate> individuals = new ArrayList<>();
		for (ExemplarsHonoured.Honouree h : event.honourees()) {
			String achievement = text("commendation.proposal.exemplarAchievement", h.name(),
					text("exemplar.kind." + h.kind()), h.level() == null ? "—" : text("exemplar.level." + h.level()),
					h.typical() ? text("commendation.proposal.typical") : "", event.stageCode());
			if (h.kind() == ExemplarKind.INDIVIDUAL && h.officialId() != null) {
				org.official(h.officialId()).ifPresent(o -> individuals.add(new Candidate(RecipientKind.INDIVIDUAL,
						o.id(), o.unitId(), o.fullName(), achievement, false)));
			}
			else if (h.unitId() != null) {
				org.unit(h.unitId()).ifPresent(u -> collectives.add(new Candidate(RecipientKind.COLLECTIVE, null,
						u.id(), u.name(), achievement, false)));
			}
		}
		String link = "/exemplar/stages/" + event.stageCode() + "?unit=" + event.unitId();
		String title = text("commendation.proposal.exemplarTitle", event.stageCode());
		String base = "EXEMPLAR:" + event.stageCode() + ":" + event.unitId() + ":";
		propose("EXEMPLAR", RecipientKind.COLLECTIVE, base + "COLLECTIVE", event.unitId(), title, event.stageCode(),
				link, collectives, event.actor());
		propose("EXEMPLAR", RecipientKind.INDIVIDUAL, base + "INDIVIDUAL", event.unitId(), title, event.stageCode(),
				link, individuals, event.actor());
	}

	/** Finds or opens the source's nomination and adds the candidates not yet on it. */
	private void propose(String source, RecipientKind kind, String key, Long unitId, String title, String label,
			String link, List<Candidate> candidates, String actor) {
		if (candidates.isEmpty() || unitId == null) {
			return;
		}
		Optional<AwardType> award = awardFor(source, kind);
		if (award.isEmpty()) {
			log.warn("No proposal award for {} {}: {} candidates of {} not proposed", source, kind, candidates.size(), key);
			return;
		}
		Nomination n = nominations.findBySourceKey(key).orElseGet(() -> {
			Nomination created = new Nomination(unitId, award.get().getId(), cut(title, 300), source, actor,
					clock.instant());
			created.proposedFrom(key, cut(label, 300), link);
			return created;
		});
		int added = 0;
		for (Candidate c : candidates) {
			added += n.propose(c) ? 1 : 0;
		}
		if (n.getId() == null || added > 0) {
			nominations.save(n);
		}
		log.info("Proposal {}: {} new candidates of {}", key, added, candidates.size());
	}

	private Optional<AwardType> awardFor(String source, RecipientKind kind) {
		return jdbc.queryForList("select award_code from commendation_proposal_award where source = ? and recipient_kind = ?",
				String.class, source, kind.name()).stream().findFirst().flatMap(catalog::findAwardType);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, VI);
	}

	private static String cut(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
