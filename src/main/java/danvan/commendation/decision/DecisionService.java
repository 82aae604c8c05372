package danvan.commendation.decision;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.org.OrgDirectory.OfficialFacts;
import danvan.platform.documents.LayoutProfile;
import danvan.platform.security.Actor;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

import danvan.commendation.CommendationAccess;
import danvan.commendation.RecipientKind;
import danvan.commendation.catalog.AwardType;
import danvan.commendation.catalog.CatalogService;
import danvan.commendation.catalog.Issuer;
import danvan.commendation.catalog.OpenIssuers;
import danvan.commendation.internal.Limits;
import danvan.commendation.registry.Commendation;
import danvan.commendation.registry.CommendationRepository;

/**
 * Decisions from draft to issue: the board drafts, lists the recipients (amounts from the catalogue), issues
 * (number, registry rows), and corrects an issued decision only by a new one that amends or revokes it.
 */
@Service
@Transactional(readOnly = true)
public class DecisionService {

	private final DecisionRepository decisions;

	private final CommendationRepository registry;

	private final CatalogService catalog;

	private final DecisionNumbers numbers;

	private final DecisionDocuments documents;

	private final CommendationAccess access;

	private final OrgDirectory org;

	private final Clock clock;

	private final OpenIssuers openIssuers;

	DecisionService(DecisionRepository decisions, CommendationRepository registry, CatalogService catalog,
			DecisionNumbers numbers, DecisionDocuments documents, CommendationAccess access, OrgDirectory org,
			Clock clock, OpenIssuers openIssuers) {
		this.openIssuers = openIssuers;
		this.decisions = decisions;
		this.registry = registry;
		this.catalog = catalog;
		this.numbers = numbers;
		this.documents = documents;
		this.access = access;
		this.org = org;
		this.clock = clock;
	}

	public List<Decision> list() {
		return decisions.findAllByOrderByDecidedOnDescIdDesc();
	}

	public Decision get(Long id) {
		return decisions.findById(id).orElseThrow(NotFoundException::record);
	}

	@Transactional
	public Decision create(Actor actor, DecisionDraft draft) {
		access.requireBoard(actor);
		validate(draft);
		Issuer issuer = openIssuers.require(draft.issuerId(), draft.date(), "issuerId");
		Decision decision = new Decision(issuer.getId(), DecisionKind.GRANT, actor.username());
		describe(decision, draft);
		return decisions.save(decision);
	}

	@Transactional
	public Decision update(Actor actor, Long id, long version, DecisionDraft draft) {
		access.requireBoard(actor);
		Decision decision = current(id, version);
		decision.requireDraft();
		validate(draft);
		openIssuers.require(draft.issuerId(), draft.date(), "issuerId");
		describe(decision, draft);
		return decision;
	}

	@Transactional
	public Decision addRecipient(Actor actor, Long id, long version, RecipientDraft line) {
		access.requireBoard(actor);
		Decision decision = current(id, version);
		decision.requireDraft();
		Limits.check("achievement", line.achievement(), 1000);
		AwardType award = catalog.awardType(line.awardCode());
		BigDecimal amount = catalog.amount(award, decision.getDecidedOn());
		if (award.getRecipientKind() == RecipientKind.INDIVIDUAL) {
			OfficialFacts official = org.facts(line.officialId(), decision.getDecidedOn())
				.orElseThrow(() -> RuleViolationException.onField("officialId", "commendation.recipient.officialRequired"));
			decision.addRecipient(new DecisionRecipient(RecipientKind.INDIVIDUAL, official.id(), official.unitId(),
					official.fullName(), join(official.position(), official.unitName()), award.getId(), amount,
					line.achievement()));
		}
		else {
			var unit = org.unit(line.unitId())
				.orElseThrow(() -> RuleViolationException.onField("unitId", "commendation.recipient.unitRequired"));
			org.requireOpenOn(unit.id(), decision.getDecidedOn(), "unitId");
			decision.addRecipient(new DecisionRecipient(award.getRecipientKind(), null, unit.id(), unit.name(), null,
					award.getId(), amount, line.achievement()));
		}
		return decision;
	}

	@Transactional
	public Decision removeRecipient(Actor actor, Long id, long version, int index) {
		access.requireBoard(actor);
		Decision decision = current(id, version);
		decision.removeRecipient(index);
		return decision;
	}

	/** Numbers the decision, writes its awards to the registry and supersedes the decision it corrects. */
	@Transactional
	public Decision issue(Actor actor, Long id, long version) {
		access.requireBoard(actor);
		Decision decision = current(id, version);
		decision.requireDraft();
		Issuer issuer = catalog.issuer(decision.getIssuerId());
		String period = issuer.periodKey(decision.getDecidedOn());
		LayoutProfile profile = documents.profileOf(issuer, decision.getDecidedOn());
		int sequence = numbers.next(issuer.getId(), decision.getDocType(), period);
		String number = profile.formatNumber(sequence, decision.getDocType(), issuer.abbreviationOn(decision.getDecidedOn()));
		decision.issue(sequence, period, number, clock.instant(), actor.username());
		String issuerName = issuer.nameOn(decision.getDecidedOn()).getName();
		for (DecisionRecipient line : decision.getRecipients()) {
			Commendation row = new Commendation(catalog.awardType(line.getAwardTypeId()), line.getRecipientKind(),
					line.getOfficialId(), line.getUnitId(), line.getName(), line.getDescription(),
					decision.getDecidedOn(), line.getAmount(), line.getAchievement());
			row.grantedBy(decision, number, issuerName);
			registry.save(row);
		}
		if (decision.getAmendsId() != null) {
			Decision original = get(decision.getAmendsId());
			original.supersededBy(decision);
			registry.findByDecisionId(original.getId()).forEach(Commendation::revoke);
		}
		return decision;
	}

	/** A new draft correcting an issued decision: an amendment (its list copied, to edit) or a revocation. */
	@Transactional
	public Decision correct(Actor actor, Long originalId, DecisionKind kind) {
		access.requireBoard(actor);
		Decision original = get(originalId);
		if (original.getStatus() != DecisionStatus.ISSUED || kind == DecisionKind.GRANT) {
			throw new RuleViolationException("commendation.decision.notIssued");
		}
		openIssuers.require(original.getIssuerId(), LocalDate.now(clock), "issuerId");
		Decision draft = new Decision(original.getIssuerId(), kind, actor.username());
		draft.describe(documents.correctionTitle(kind, original.getNumber()), LocalDate.now(clock),
				original.getGrounds(), original.getProposal(), null, original.getSignerName(),
				original.getSignerTitle(), original.getSignerAuthority(), original.getSignerOnBehalf(),
				original.getRecipientsTo());
		draft.amends(original);
		if (kind == DecisionKind.AMENDMENT) {
			original.getRecipients().forEach(draft::addRecipient);
		}
		return decisions.save(draft);
	}

	public byte[] docx(Long id) {
		return documents.docx(get(id));
	}

	public byte[] pdf(Long id) {
		return documents.pdf(get(id));
	}

	private Decision current(Long id, long version) {
		Decision decision = get(id);
		if (decision.getVersion() != version) {
			throw new StaleRecordException();
		}
		return decision;
	}

	private void describe(Decision decision, DecisionDraft d) {
		Issuer issuer = catalog.issuer(d.issuerId() == null ? decision.getIssuerId() : d.issuerId());
		decision.describe(d.title().strip(), d.date(), d.grounds().strip(), blankToNull(d.proposal()),
				blankToNull(d.articles()), d.signerName().strip(), d.signerTitle().strip(),
				d.signerAuthority() == null ? issuer.getSignerAuthority() : d.signerAuthority(),
				blankToNull(d.signerOnBehalf()) == null ? issuer.getSignerOnBehalf() : d.signerOnBehalf().strip(),
				blankToNull(d.recipientsTo()));
	}

	private static void validate(DecisionDraft d) {
		if (d.issuerId() == null) {
			throw RuleViolationException.onField("issuerId", "commendation.decision.issuerRequired");
		}
		if (d.title() == null || d.title().isBlank()) {
			throw RuleViolationException.onField("title", "commendation.decision.titleRequired");
		}
		if (d.date() == null) {
			throw RuleViolationException.onField("date", "commendation.decision.dateRequired");
		}
		if (d.grounds() == null || d.grounds().isBlank()) {
			throw RuleViolationException.onField("grounds", "commendation.decision.groundsRequired");
		}
		if (d.signerName() == null || d.signerName().isBlank()) {
			throw RuleViolationException.onField("signerName", "commendation.decision.signerRequired");
		}
		if (d.signerTitle() == null || d.signerTitle().isBlank()) {
			throw RuleViolationException.onField("signerTitle", "commendation.decision.signerTitleRequired");
		}
		Limits.check("title", d.title(), 500);
		Limits.check("grounds", d.grounds(), 4000);
		Limits.check("proposal", d.proposal(), 500);
		Limits.check("articles", d.articles(), 4000);
		Limits.check("signerName", d.signerName(), 100);
		Limits.check("signerTitle", d.signerTitle(), 100);
		Limits.check("signerOnBehalf", d.signerOnBehalf(), 100);
		Limits.check("recipientsTo", d.recipientsTo(), 1000);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static String join(String a, String b) {
		if (a == null || a.isBlank()) {
			return b;
		}
		return b == null ? a : a + ", " + b;
	}

}
