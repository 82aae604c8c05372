package danvan.exemplar.review;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.exemplar.ExemplarsHonoured;
import danvan.exemplar.catalog.ExemplarCatalog;
import danvan.exemplar.register.Exemplar;
import danvan.exemplar.register.ExemplarAccess;
import danvan.exemplar.register.ExemplarRepository;
import danvan.exemplar.register.ExemplarService;
import danvan.exemplar.register.StageEntry;
import danvan.exemplar.register.Step;
import danvan.exemplar.registry.ExemplarFilter;
import danvan.exemplar.registry.ExemplarSearch;
import danvan.platform.security.Actor;
import danvan.platform.web.RuleViolationException;

/**
 * A stage review (sơ kết, tổng kết giai đoạn): the exemplars recognised in a stage under a unit, sustained from
 * the last stage or new, the ones honoured at the stage conference, and the hand-off to commendation.
 */
@Service
@Transactional
public class StageReviews {

	public record Review(ExemplarCatalog.Stage stage, Long unitId, List<Exemplar> sustained, List<Exemplar> fresh) {

		public int total() {
			return sustained.size() + fresh.size();
		}

		public long honoured() {
			return java.util.stream.Stream.concat(sustained.stream(), fresh.stream())
				.filter(e -> e.entryIn(stage.code()).map(StageEntry::isHonoured).orElse(false))
				.count();
		}

	}

	private final ExemplarSearch search;

	private final ExemplarService exemplars;

	private final ExemplarRepository repository;

	private final ExemplarAccess access;

	private final ExemplarCatalog catalog;

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	StageReviews(ExemplarSearch search, ExemplarService exemplars, ExemplarRepository repository, ExemplarAccess access,
			ExemplarCatalog catalog, ApplicationEventPublisher events, JdbcTemplate jdbc, Clock clock) {
		this.search = search;
		this.exemplars = exemplars;
		this.repository = repository;
		this.access = access;
		this.catalog = catalog;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Review review(Actor actor, String stageCode, Long unitId) {
		ExemplarCatalog.Stage stage = catalog.stage(stageCode)
			.orElseThrow(() -> RuleViolationException.onField("stage", "exemplar.stage.unknown"));
		List<Exemplar> recognised = search
			.find(actor, new ExemplarFilter(null, null, null, null, unitId, stageCode, null, null, "name"))
			.stream()
			.filter(e -> e.getRecognisedOn() != null && !e.getRecognisedOn().isAfter(stage.endsOn()))
			.toList();
		return new Review(stage, unitId, sustained(recognised, stageCode, true), sustained(recognised, stageCode, false));
	}

	/** Marks which of the review's exemplars the conference honoured; the others are unmarked. */
	public Review honour(Actor actor, String stageCode, Long unitId, Collection<Long> honouredIds, LocalDate on) {
		access.requireBoard(actor, unitId);
		Review review = review(actor, stageCode, unitId);
		LocalDate day = on != null ? on : review.stage().conferenceOn() != null ? review.stage().conferenceOn() : exemplars.today();
		for (Exemplar listed : java.util.stream.Stream.concat(review.sustained().stream(), review.fresh().stream()).toList()) {
			Exemplar e = repository.findById(listed.getId()).orElseThrow();
			boolean now = honouredIds.contains(e.getId());
			if (e.honourIn(stageCode, now, day)) {
				exemplars.record(actor, e, Step.Action.HONOUR, day, now ? review.stage().name() : "—");
			}
		}
		return review(actor, stageCode, unitId);
	}

	/** The honoured exemplars go to commendation as a nomination list; answers how many. */
	public int requestNominations(Actor actor, String stageCode, Long unitId) {
		access.requireBoard(actor, unitId);
		Review review = review(actor, stageCode, unitId);
		List<ExemplarsHonoured.Honouree> honourees = java.util.stream.Stream
			.concat(review.sustained().stream(), review.fresh().stream())
			.filter(e -> e.entryIn(stageCode).map(StageEntry::isHonoured).orElse(false))
			.map(e -> new ExemplarsHonoured.Honouree(e.getId(), e.getName(), e.getKind(), e.getUnitId(),
					e.getOfficialId(), e.getRecognitionLevel(), e.isTypical(),
					e.entryIn(stageCode).map(StageEntry::isSustained).orElse(false)))
			.toList();
		if (honourees.isEmpty()) {
			throw new RuleViolationException("exemplar.stage.noneHonoured");
		}
		jdbc.update("insert into exemplar_stage_review (stage_code, unit_id, requested_at, requested_by, nominees)"
				+ " values (?, ?, ?, ?, ?)", stageCode, unitId, Timestamp.from(clock.instant()), actor.username(),
				honourees.size());
		events.publishEvent(new ExemplarsHonoured(stageCode, unitId, honourees, actor.username()));
		return honourees.size();
	}

	private static List<Exemplar> sustained(List<Exemplar> all, String stageCode, boolean sustained) {
		return all.stream()
			.filter(e -> e.entryIn(stageCode).map(StageEntry::isSustained).orElse(false) == sustained)
			.toList();
	}

}
