package danvan.commendation.nomination;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import danvan.org.OrgDirectory;
import danvan.org.OrgDirectory.OfficialFacts;
import danvan.platform.files.FileKind;
import danvan.platform.files.FileRules;
import danvan.platform.files.FileStore;
import danvan.platform.files.StoredFile;
import danvan.platform.notifications.Addressees;
import danvan.platform.notifications.Notice;
import danvan.platform.notifications.NotificationService;
import danvan.platform.security.Actor;
import danvan.platform.security.Role;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

import danvan.commendation.CommendationAccess;
import danvan.commendation.RecipientKind;
import danvan.commendation.catalog.AwardType;
import danvan.commendation.catalog.CatalogService;
import danvan.commendation.decision.Decision;
import danvan.commendation.decision.DecisionDraft;
import danvan.commendation.decision.DecisionService;
import danvan.commendation.decision.RecipientDraft;
import danvan.commendation.eligibility.Eligibility;
import danvan.commendation.eligibility.EligibilityService;
import danvan.commendation.internal.Limits;
import danvan.commendation.registry.Commendation;
import danvan.commendation.registry.CommendationRepository;

/**
 * Nominations from draft to decision: the unit proposes, the board receives, checks every candidate against
 * the award's rules, takes it to the council, and decides here (a draft decision) or forwards it upward and
 * records the higher decision.
 */
@Service
@Transactional(readOnly = true)
public class NominationService {

	private static final FileRules DOSSIER = FileRules.of(FileKind.DOCUMENTS, 20);

	private final NominationRepository nominations;

	private final CatalogService catalog;

	private final EligibilityService eligibility;

	private final DecisionService decisions;

	private final CommendationRepository registry;

	private final CommendationAccess access;

	private final OrgDirectory org;

	private final FileStore files;

	private final Clock clock;

	private final NotificationService notifications;

	NominationService(NominationRepository nominations, CatalogService catalog, EligibilityService eligibility,
			DecisionService decisions, CommendationRepository registry, CommendationAccess access, OrgDirectory org,
			FileStore files, Clock clock, NotificationService notifications) {
		this.notifications = notifications;
		this.nominations = nominations;
		this.catalog = catalog;
		this.eligibility = eligibility;
		this.decisions = decisions;
		this.registry = registry;
		this.access = access;
		this.org = org;
		this.files = files;
		this.clock = clock;
	}

	public List<Nomination> list(Actor actor) {
		return nominations.findAllByOrderByCreatedAtDescIdDesc().stream()
			.filter(n -> access.canPropose(actor, n.getProposingUnitId()))
			.toList();
	}

	public Nomination get(Actor actor, Long id) {
		Nomination n = nominations.findById(id).orElseThrow(NotFoundException::record);
		if (!access.canPropose(actor, n.getProposingUnitId())) {
			throw new NotFoundException("error.notFound");
		}
		return n;
	}

	@Transactional
	public Nomination create(Actor actor, Long unitId, String awardCode, String title, String origin) {
		if (unitId == null || org.unit(unitId).isEmpty()) {
			throw RuleViolationException.onField("unitId", "commendation.nomination.unitRequired");
		}
		access.requirePropose(actor, unitId);
		org.requireOpenOn(unitId, LocalDate.now(clock), "unitId");
		AwardType award = catalog.awardType(awardCode);
		if (title == null || title.isBlank()) {
			throw RuleViolationException.onField("title", "commendation.nomination.titleRequired");
		}
		Limits.check("title", title, 300);
		return nominations.save(new Nomination(unitId, award.getId(), title.strip(), origin == null ? "MANUAL" : origin,
				actor.username(), clock.instant()));
	}

	@Transactional
	public Nomination addCandidate(Actor actor, Long id, long version, Long officialId, Long unitId,
			String achievement, boolean deceased) {
		Limits.check("achievement", achievement, 1000);
		Nomination n = proposer(actor, id, version);
		AwardType award = catalog.awardType(n.getAwardTypeId());
		if (award.getRecipientKind() == RecipientKind.INDIVIDUAL) {
			OfficialFacts o = org.facts(officialId, LocalDate.now(clock))
				.orElseThrow(() -> RuleViolationException.onField("officialId", "commendation.recipient.officialRequired"));
			n.addCandidate(new Candidate(RecipientKind.INDIVIDUAL, o.id(), o.unitId(), o.fullName(), achievement,
					deceased));
		}
		else {
			var unit = org.unit(unitId)
				.orElseThrow(() -> RuleViolationException.onField("unitId", "commendation.recipient.unitRequired"));
			org.requireOpenOn(unit.id(), LocalDate.now(clock), "unitId");
			n.addCandidate(new Candidate(award.getRecipientKind(), null, unit.id(), unit.name(), achievement, false));
		}
		return n;
	}

	@Transactional
	public Nomination addFile(Actor actor, Long id, long version, DossierKind kind, MultipartFile upload) {
		Nomination n = current(id, version);
		access.requirePropose(actor, n.getProposingUnitId());
		if (kind == null) {
			throw RuleViolationException.onField("kind", "commendation.dossier.kindRequired");
		}
		StoredFile stored = files.store(upload, DOSSIER);
		n.addFile(new DossierFile(stored.getId(), kind, stored.getOriginalName(), actor.username(), clock.instant()));
		return n;
	}

	@Transactional
	public Nomination submit(Actor actor, Long id, long version) {
		Nomination n = proposer(actor, id, version);
		n.submit(actor.username(), clock.instant());
		notify(n, Addressees.holding(Role.BOARD_OFFICER, n.getProposingUnitId()), "commendation.notice.submitted", actor);
		return n;
	}

	@Transactional
	public Nomination receive(Actor actor, Long id, long version) {
		Nomination n = board(actor, id, version);
		n.receive(actor.username(), clock.instant());
		return n;
	}

	@Transactional
	public Nomination returnBack(Actor actor, Long id, long version, String comment) {
		Limits.check("comment", comment, 1000);
		Nomination n = board(actor, id, version);
		n.returnBack(comment, actor.username(), clock.instant());
		notify(n, Addressees.holding(Role.UNIT_OFFICER, n.getProposingUnitId()), "commendation.notice.returned", actor);
		return n;
	}

	/** Checks every candidate against the award's rules in force today. */
	@Transactional
	public Nomination check(Actor actor, Long id, long version) {
		Nomination n = board(actor, id, version);
		AwardType award = catalog.awardType(n.getAwardTypeId());
		LocalDate today = LocalDate.now(clock);
		List<Eligibility> results = new ArrayList<>();
		for (Candidate c : n.getCandidates()) {
			results.add(c.getOfficialId() != null
					? eligibility.forOfficial(award.getCode(), c.getOfficialId(), today, c.isDeceased())
					: eligibility.forUnit(award.getCode(), c.getUnitId(), today));
		}
		n.checked(results, actor.username(), clock.instant());
		return n;
	}

	@Transactional
	public Nomination justify(Actor actor, Long id, long version, int index, String text) {
		Limits.check("justification", text, 1000);
		Nomination n = board(actor, id, version);
		n.justify(index, text, actor.username());
		return n;
	}

	@Transactional
	public Nomination toCouncil(Actor actor, Long id, long version) {
		Nomination n = board(actor, id, version);
		n.toCouncil(actor.username(), clock.instant());
		return n;
	}

	@Transactional
	public Nomination vote(Actor actor, Long id, long version, int index, boolean approved, Integer votesFor,
			Integer votesAgainst) {
		Nomination n = board(actor, id, version);
		n.vote(index, approved, votesFor, votesAgainst);
		return n;
	}

	@Transactional
	public Nomination approve(Actor actor, Long id, long version, String councilRecord) {
		Limits.check("comment", councilRecord, 2000);
		Nomination n = board(actor, id, version);
		n.approve(councilRecord, actor.username(), clock.instant());
		notify(n, Addressees.holding(Role.UNIT_OFFICER, n.getProposingUnitId()), "commendation.notice.approved", actor);
		return n;
	}

	@Transactional
	public Nomination forward(Actor actor, Long id, long version, String to) {
		Nomination n = board(actor, id, version);
		n.forward(to, actor.username(), clock.instant());
		return n;
	}

	/** The higher authority's decision, entered against the forwarded nomination: its awards go to the registry. */
	@Transactional
	public Nomination recordHigherDecision(Actor actor, Long id, long version, String reference, LocalDate date) {
		Nomination n = board(actor, id, version);
		if (date == null) {
			throw RuleViolationException.onField("date", "commendation.decision.dateRequired");
		}
		n.higherDecision(reference, actor.username(), clock.instant());
		AwardType award = catalog.awardType(n.getAwardTypeId());
		for (Candidate c : n.approvedCandidates()) {
			Commendation row = new Commendation(award, c.getRecipientKind(), c.getOfficialId(), c.getUnitId(),
					c.getName(), null, date, catalog.knownAmount(award, date).orElse(null), c.getAchievement());
			row.markHistoric(reference.strip(), n.getForwardedTo());
			registry.save(row);
		}
		return n;
	}

	/** A draft decision of {@code issuerId} listing the approved candidates; the nomination is decided. */
	@Transactional
	public Decision decide(Actor actor, Long id, long version, DecisionDraft draft) {
		Nomination n = board(actor, id, version);
		if (n.approvedCandidates().isEmpty()) {
			throw RuleViolationException.onField("title", "commendation.nomination.noneApproved");
		}
		Decision decision = decisions.create(actor, draft);
		AwardType award = catalog.awardType(n.getAwardTypeId());
		long v = decision.getVersion();
		for (Candidate c : n.approvedCandidates()) {
			decisions.addRecipient(actor, decision.getId(), v,
					new RecipientDraft(c.getOfficialId(), c.getUnitId(), award.getCode(), c.getAchievement()));
		}
		decision.fromNomination(n.getId());
		n.decidedBy(decision, actor.username(), clock.instant());
		notify(n, Addressees.holding(Role.UNIT_OFFICER, n.getProposingUnitId()), "commendation.notice.decided", actor);
		return decision;
	}

	/** A notice in the inboxes of those concerned (mailed too when SMTP is configured), never to the actor. */
	private void notify(Nomination n, Addressees to, String key, Actor actor) {
		notifications.post(Notice.of(to, "/commendation/nominations/" + n.getId(), key, n.getTitle())
			.mailed("commendation.notice.subject", n.getTitle())
			.except(actor.username()));
	}

	private Nomination proposer(Actor actor, Long id, long version) {
		Nomination n = current(id, version);
		if (!access.canPropose(actor, n.getProposingUnitId())) {
			throw new AccessDeniedException("not your unit");
		}
		return n;
	}

	private Nomination board(Actor actor, Long id, long version) {
		access.requireBoard(actor);
		return current(id, version);
	}

	private Nomination current(Long id, long version) {
		Nomination n = nominations.findById(id).orElseThrow(NotFoundException::record);
		if (n.getVersion() != version) {
			throw new StaleRecordException();
		}
		return n;
	}

}
