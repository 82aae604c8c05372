package danvan.commendation.web;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import danvan.platform.documents.OfficialDocuments;
import danvan.platform.security.Access;
import danvan.platform.security.Audience;
import danvan.platform.security.CurrentActor;
import danvan.platform.security.Role;
import danvan.platform.web.RuleViolationException;

import danvan.commendation.catalog.AwardType;
import danvan.commendation.catalog.CatalogService;
import danvan.commendation.decision.Decision;
import danvan.commendation.decision.DecisionDraft;
import danvan.commendation.decision.DecisionService;
import danvan.commendation.decision.RecipientDraft;
import danvan.commendation.eligibility.Eligibility;
import danvan.commendation.eligibility.EligibilityService;
import danvan.commendation.nomination.Nomination;
import danvan.commendation.nomination.NominationService;
import danvan.commendation.registry.Commendation;
import danvan.commendation.registry.RegistryService;

/** JSON API of the commendation module: catalogue, eligibility, decisions and their documents, the registry. */
@RestController
@Tag(name = "commendation.api.tag", description = "commendation.api.tag.description")
class CommendationApiController {

	private final CatalogService catalog;

	private final EligibilityService eligibility;

	private final DecisionService decisions;

	private final RegistryService registry;

	private final DecisionViews views;

	private final NominationService nominations;

	private final java.time.Clock clock;

	CommendationApiController(CatalogService catalog, EligibilityService eligibility, DecisionService decisions,
			RegistryService registry, DecisionViews views, NominationService nominations, java.time.Clock clock) {
		this.clock = clock;
		this.nominations = nominations;
		this.catalog = catalog;
		this.eligibility = eligibility;
		this.decisions = decisions;
		this.registry = registry;
		this.views = views;
	}

	record AwardTypeJson(Long id, String code, String name, String recipientKind) {

		static AwardTypeJson of(AwardType a) {
			return new AwardTypeJson(a.getId(), a.getCode(), a.getName(), a.getRecipientKind().name());
		}

	}

	record RuleJson(String rule, boolean passed, boolean warning, String explanation, String legalBasis) {
	}

	record EligibilityJson(String award, String recipient, LocalDate asOf, boolean eligible, List<RuleJson> rules) {

		static EligibilityJson of(Eligibility e) {
			return new EligibilityJson(e.award(), e.recipient(), e.asOf(), e.eligible(), e.rules().stream()
				.map(c -> new RuleJson(c.rule(), c.passed(), c.warning(), c.explanation(), c.legalBasis()))
				.toList());
		}

	}

	record RecipientJson(String name, String kind, String award, BigDecimal amount) {
	}

	record DecisionJson(Long id, String number, LocalDate date, String issuer, String status, String kind,
			String title, Long amends, Long supersededBy, long version, List<RecipientJson> recipients) {
	}

	record NewDecisionJson(Long issuerId, String title, LocalDate date, List<String> grounds, String signerName,
			String signerTitle) {
	}

	record NewRecipientJson(Long officialId, Long unitId, String award, String achievement, Long version) {
	}

	record AwardJson(Long id, String recipient, String kind, Long officialId, Long unitId, String award,
			LocalDate date, String decision, String issuer, BigDecimal amount, String status, boolean historic) {
	}

	@Access(Audience.SIGNED_IN)
	@GetMapping("/api/commendation/award-types")
	@Operation(summary = "commendation.api.awardTypes.summary", description = "commendation.api.awardTypes.description")
	List<AwardTypeJson> awardTypes() {
		return catalog.awardTypes().stream().map(AwardTypeJson::of).toList();
	}

	@Access(Audience.SIGNED_IN)
	@GetMapping("/api/commendation/eligibility")
	@Operation(summary = "commendation.api.eligibility.summary", description = "commendation.api.eligibility.description")
	EligibilityJson eligibility(@Parameter(description = "commendation.api.eligibility.award") @RequestParam String award,
			@Parameter(description = "commendation.api.eligibility.official") @RequestParam(required = false) Long official,
			@Parameter(description = "commendation.api.eligibility.unit") @RequestParam(required = false) Long unit,
			@Parameter(description = "commendation.api.eligibility.date") @RequestParam(required = false) LocalDate date,
			@Parameter(description = "commendation.api.eligibility.deceased") @RequestParam(defaultValue = "false") boolean deceased) {
		LocalDate asOf = date == null ? LocalDate.now(clock) : date;
		if (official != null) {
			return EligibilityJson.of(eligibility.forOfficial(award, official, asOf, deceased));
		}
		if (unit != null) {
			return EligibilityJson.of(eligibility.forUnit(award, unit, asOf));
		}
		throw RuleViolationException.onField("official", "commendation.eligibility.whoRequired");
	}

	record CandidateJson(String name, String kind, Long officialId, Long unitId, Boolean eligible,
			String justification, String outcome) {
	}

	record NominationJson(Long id, String title, Long unitId, String award, String status, String forwardedTo,
			String higherDecision, Long decisionId, List<CandidateJson> candidates) {

		static NominationJson of(Nomination n, String award) {
			return new NominationJson(n.getId(), n.getTitle(), n.getProposingUnitId(), award, n.getStatus().name(),
					n.getForwardedTo(), n.getHigherDecision(), n.getDecisionId(),
					n.getCandidates().stream()
						.map(c -> new CandidateJson(c.getName(), c.getRecipientKind().name(), c.getOfficialId(),
								c.getUnitId(), c.getEligible(), c.getJustification(), c.getOutcome().name()))
						.toList());
		}

	}

	@Access(Audience.SIGNED_IN)
	@GetMapping("/api/commendation/nominations")
	@Operation(summary = "commendation.api.nominations.summary", description = "commendation.api.nominations.description")
	List<NominationJson> nominations() {
		return nominations.list(CurrentActor.require()).stream()
			.map(n -> NominationJson.of(n, catalog.awardType(n.getAwardTypeId()).getCode()))
			.toList();
	}

	@Access(Audience.SIGNED_IN)
	@GetMapping("/api/commendation/nominations/{id}")
	@Operation(summary = "commendation.api.nomination.summary", description = "commendation.api.nomination.description")
	NominationJson nomination(@Parameter(description = "commendation.api.nomination.id") @PathVariable Long id) {
		Nomination n = nominations.get(CurrentActor.require(), id);
		return NominationJson.of(n, catalog.awardType(n.getAwardTypeId()).getCode());
	}

	@Access(roles = { Role.ADMIN, Role.BOARD_OFFICER, Role.REVIEWER })
	@GetMapping("/api/commendation/decisions")
	@Operation(summary = "commendation.api.decisions.summary", description = "commendation.api.decisions.description")
	List<DecisionJson> decisions() {
		return decisions.list().stream().map(this::json).toList();
	}

	@Access(roles = { Role.ADMIN, Role.BOARD_OFFICER, Role.REVIEWER })
	@GetMapping("/api/commendation/decisions/{id}")
	@Operation(summary = "commendation.api.decision.summary", description = "commendation.api.decision.description")
	DecisionJson decision(@Parameter(description = "commendation.api.decision.id") @PathVariable Long id) {
		return json(decisions.get(id));
	}

	@Access(roles = { Role.ADMIN, Role.BOARD_OFFICER })
	@PostMapping("/api/commendation/decisions")
	@Operation(summary = "commendation.api.create.summary", description = "commendation.api.create.description")
	ResponseEntity<DecisionJson> create(@RequestBody NewDecisionJson body) {
		Decision decision = decisions.create(CurrentActor.require(),
				new DecisionDraft(body.issuerId(), body.title(), body.date(),
						body.grounds() == null ? null : String.join("\n", body.grounds()), null, null, body.signerName(),
						body.signerTitle(), null, null, null));
		return ResponseEntity.created(URI.create("/api/commendation/decisions/" + decision.getId())).body(json(decision));
	}

	@Access(roles = { Role.ADMIN, Role.BOARD_OFFICER })
	@PostMapping("/api/commendation/decisions/{id}/recipients")
	@Operation(summary = "commendation.api.addRecipient.summary", description = "commendation.api.addRecipient.description")
	DecisionJson addRecipient(@Parameter(description = "commendation.api.decision.id") @PathVariable Long id, @RequestBody NewRecipientJson body) {
		long version = body.version() == null ? decisions.get(id).getVersion() : body.version();
		return json(decisions.addRecipient(CurrentActor.require(), id, version,
				new RecipientDraft(body.officialId(), body.unitId(), body.award(), body.achievement())));
	}

	@Access(roles = { Role.ADMIN, Role.BOARD_OFFICER })
	@PostMapping("/api/commendation/decisions/{id}/issue")
	@Operation(summary = "commendation.api.issue.summary", description = "commendation.api.issue.description")
	DecisionJson issue(@Parameter(description = "commendation.api.decision.id") @PathVariable Long id,
			@Parameter(description = "commendation.api.issue.version") @RequestParam(required = false) Long version) {
		long v = version == null ? decisions.get(id).getVersion() : version;
		return json(decisions.issue(CurrentActor.require(), id, v));
	}

	@Access(roles = { Role.ADMIN, Role.BOARD_OFFICER, Role.REVIEWER })
	@GetMapping("/api/commendation/decisions/{id}/document.docx")
	@Operation(summary = "commendation.api.docx.summary", description = "commendation.api.docx.description")
	ResponseEntity<byte[]> docx(@Parameter(description = "commendation.api.decision.id") @PathVariable Long id) {
		return download(decisions.docx(id), views.fileName(decisions.get(id), "docx"),
				MediaType.parseMediaType(OfficialDocuments.DOCX_TYPE));
	}

	@Access(roles = { Role.ADMIN, Role.BOARD_OFFICER, Role.REVIEWER })
	@GetMapping("/api/commendation/decisions/{id}/document.pdf")
	@Operation(summary = "commendation.api.pdf.summary", description = "commendation.api.pdf.description")
	ResponseEntity<byte[]> pdf(@Parameter(description = "commendation.api.decision.id") @PathVariable Long id) {
		return download(decisions.pdf(id), views.fileName(decisions.get(id), "pdf"), MediaType.APPLICATION_PDF);
	}

	@Access(Audience.SIGNED_IN)
	@GetMapping("/api/commendation/awards")
	@Operation(summary = "commendation.api.awards.summary", description = "commendation.api.awards.description")
	List<AwardJson> awards(@Parameter(description = "commendation.api.awards.official") @RequestParam(required = false) Long official,
			@Parameter(description = "commendation.api.awards.unit") @RequestParam(required = false) Long unit,
			@Parameter(description = "commendation.api.awards.q") @RequestParam(required = false) String q) {
		List<Commendation> rows = registry.visibleTo(CurrentActor.require(), official != null ? registry.ofOfficial(official)
				: unit != null ? registry.ofUnit(unit) : registry.search(q));
		return rows.stream().map(c -> new AwardJson(c.getId(), c.getRecipientName(), c.getRecipientKind().name(),
				c.getOfficialId(), c.getUnitId(), registry.awardName(c.getAwardTypeId()), c.getAwardedOn(),
				c.getDecisionNumber(), c.getIssuerName(), c.getAmount(), c.getStatus().name(), c.isHistoric()))
			.toList();
	}

	static ResponseEntity<byte[]> download(byte[] content, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	private DecisionJson json(Decision d) {
		return new DecisionJson(d.getId(), d.getNumber(), d.getDecidedOn(), views.issuerName(d), d.getStatus().name(),
				d.getKind().name(), d.getTitle(), d.getAmendsId(), d.getSupersededById(), d.getVersion(),
				d.getRecipients().stream()
					.map(r -> new RecipientJson(r.getName(), r.getRecipientKind().name(),
							catalog.awardType(r.getAwardTypeId()).getName(), r.getAmount()))
					.toList());
	}

}
