package danvan.oversight.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import danvan.platform.SqlParams;
import danvan.org.OrgDirectory;
import danvan.oversight.OversightAccess;
import danvan.oversight.OversightRules;
import danvan.oversight.UnitScope;
import danvan.platform.files.FileStore;
import danvan.platform.notifications.Addressees;
import danvan.platform.notifications.Notice;
import danvan.platform.notifications.NotificationService;
import danvan.platform.security.Actor;
import danvan.platform.security.Role;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/**
 * Recommendations of a conclusion, followed to the end: the addressee answers in writing and reports them done
 * with evidence, the inspecting body accepts them; one left without a written reply past the rule's days is
 * escalated to the addressee's parent unit.
 */
@Service
@Transactional
public class RecommendationService {

	/** Long enough for any conclusion: five years. */
	static final int MAX_DAYS_TO_DUE = 5 * 366;

	private final RecommendationRepository recommendations;

	private final InspectionService inspections;

	private final OversightAccess access;

	private final OversightRules rules;

	private final UnitScope scope;

	private final OrgDirectory org;

	private final FileStore files;

	private final NotificationService notifications;

	private final Clock clock;

	RecommendationService(RecommendationRepository recommendations, InspectionService inspections,
			OversightAccess access, OversightRules rules, UnitScope scope, OrgDirectory org, FileStore files,
			NotificationService notifications, Clock clock) {
		this.recommendations = recommendations;
		this.inspections = inspections;
		this.access = access;
		this.rules = rules;
		this.scope = scope;
		this.org = org;
		this.files = files;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** The list's filters; any may be null. {@code unit} narrows to the addressees within its subtree. */
	public record Filter(Long unit, RecommendationStatus status, Boolean escalated, LocalDate from, LocalDate to) {
	}

	/** A page of the recommendations the actor sees, and the accepted ones among all that match. */
	public record Found(Page<Recommendation> page, Fulfilment rate) {
	}

	/** The recommendations the actor may see that match the filter, by due date, paged in the database. */
	@Transactional(readOnly = true)
	public Found page(Actor actor, Filter f, Pageable page) {
		Set<Long> readable = org.readableUnits(actor);
		Set<Long> within = f.unit() == null ? null : scope.subtree(f.unit());
		if ((readable != null && readable.isEmpty()) || (within != null && within.isEmpty())) {
			return new Found(Page.empty(page), new Fulfilment(0, 0));
		}
		Page<Recommendation> found = filtered(readable, within, f, f.status(), page);
		if (found.getNumber() >= found.getTotalPages() && found.getTotalPages() > 0) {
			found = filtered(readable, within, f, f.status(), PageRequest.of(found.getTotalPages() - 1, page.getPageSize()));
		}
		long accepted = f.status() == null ? filtered(readable, within, f, RecommendationStatus.ACCEPTED, PageRequest.of(0, 1)).getTotalElements()
				: f.status() == RecommendationStatus.ACCEPTED ? found.getTotalElements() : 0;
		return new Found(found, new Fulfilment(accepted, found.getTotalElements()));
	}

	private Page<Recommendation> filtered(Set<Long> readable, Set<Long> within, Filter f, RecommendationStatus status,
			Pageable page) {
		boolean late = status == RecommendationStatus.OVERDUE;
		boolean onTime = status != null && InspectionService.OPEN.contains(status);
		return recommendations.filtered(readable == null, SqlParams.idsOrNone(readable), within == null,
				SqlParams.idsOrNone(within), late ? null : status, late, onTime, InspectionService.OPEN,
				LocalDate.now(clock), Boolean.TRUE.equals(f.escalated()), f.from(), f.to(), page);
	}

	/** The inspection's recommendations the actor may see: all for the body, the unit's own for an inspected unit. */
	@Transactional(readOnly = true)
	public List<Recommendation> of(Actor actor, Inspection inspection) {
		boolean body = access.canRead(actor, inspection.getBodyUnitId());
		return recommendations.findByInspectionIdOrderById(inspection.getId())
			.stream()
			.filter(r -> body || access.canRead(actor, r.getAddresseeUnitId()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Recommendation get(Actor actor, Long id) {
		Recommendation r = recommendations.findById(id).orElseThrow(NotFoundException::record);
		Inspection i = inspections.get(actor, r.getInspectionId());
		access.requireRead(access.canRead(actor, i.getBodyUnitId()) || access.canRead(actor, r.getAddresseeUnitId()));
		return r;
	}

	public boolean answers(Actor actor, Recommendation r) {
		return access.canHandle(actor, r.getAddresseeUnitId());
	}

	public Recommendation add(Actor actor, Long inspectionId, long version, RecommendationDraft d) {
		Inspection i = inspections.handled(actor, inspectionId);
		StaleRecordException.check(version, i.getVersion());
		if (i.getStatus() != InspectionStatus.CLOSING && i.getStatus() != InspectionStatus.FOLLOW_UP) {
			throw new RuleViolationException("oversight.recommendation.notClosing");
		}
		if (d.text() == null || d.text().isBlank()) {
			throw RuleViolationException.onField("text", "oversight.recommendation.text.required");
		}
		Long unitId = addresseeUnit(i, d);
		if (unitId == null || !org.exists(unitId)) {
			throw RuleViolationException.onField("addresseeUnitId", "oversight.recommendation.addressee.required");
		}
		LocalDate issued = i.getConclusionDate() != null ? i.getConclusionDate() : LocalDate.now(clock);
		if (d.due() == null) {
			throw RuleViolationException.onField("due", "oversight.recommendation.due.required");
		}
		if (d.due().isBefore(issued) || d.due().isAfter(issued.plusDays(MAX_DAYS_TO_DUE))) {
			throw RuleViolationException.onField("due", "oversight.recommendation.due.range", java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(issued));
		}
		Recommendation r = recommendations.save(new Recommendation(i.getId(), d.text().trim(), unitId,
				d.addresseeOfficialId(), issued, d.due()));
		notifications.post(Notice.of(Addressees.holding(Role.UNIT_OFFICER, unitId),
				link(i), "oversight.notice.recommendation", i.getTitle(), java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(d.due())).except(actor.username()));
		return r;
	}

	/**
	 * The unit that answers for a recommendation: the one chosen, or, for one addressed to an official inspected in
	 * person, that official's unit as recorded on the inspection (its officers reply, its parent is told on escalation).
	 */
	private Long addresseeUnit(Inspection i, RecommendationDraft d) {
		if (d.addresseeOfficialId() == null) {
			return d.addresseeUnitId();
		}
		if (org.official(d.addresseeOfficialId()).isEmpty()) {
			throw RuleViolationException.onField("addresseeOfficialId", "oversight.recommendation.official.unknown");
		}
		InspectedOfficial inspected = i.getInspectedOfficials()
			.stream()
			.filter(o -> o.getOfficialId().equals(d.addresseeOfficialId()))
			.findFirst()
			.orElseThrow(() -> RuleViolationException.onField("addresseeOfficialId",
					"oversight.recommendation.official.notInspected"));
		if (d.addresseeUnitId() != null && !d.addresseeUnitId().equals(inspected.getUnitId())) {
			throw RuleViolationException.onField("addresseeUnitId", "oversight.recommendation.official.otherUnit");
		}
		return inspected.getUnitId();
	}

	/** The addressee's written reply: in progress, or done with its evidence. */
	public Recommendation reply(Actor actor, Long id, long version, boolean done, String note, MultipartFile evidence) {
		Recommendation r = get(actor, id);
		access.requireHandle(actor, r.getAddresseeUnitId());
		StaleRecordException.check(version, r.getVersion());
		if (r.getStatus() == RecommendationStatus.ACCEPTED) {
			throw new RuleViolationException("oversight.recommendation.alreadyAccepted");
		}
		if (note == null || note.isBlank()) {
			throw RuleViolationException.onField("note", "oversight.recommendation.note.required");
		}
		Long file = null;
		if (evidence != null && !evidence.isEmpty()) {
			try {
				file = files.store(evidence, InspectionService.DOCUMENTS).getId();
			}
			catch (RuleViolationException e) {
				throw RuleViolationException.onField("evidence", e.messageKey(), e.arguments());
			}
		}
		r.reply(done, note.trim(), LocalDate.now(clock), file);
		Inspection i = inspections.get(actor, r.getInspectionId());
		if (done) {
			notifications.post(Notice.of(Addressees.holding(Role.BOARD_OFFICER, i.getBodyUnitId()), link(i),
					"oversight.notice.reported", i.getTitle()).except(actor.username()));
		}
		return r;
	}

	/** The inspecting body accepts a recommendation reported done; nothing else can be accepted. */
	public Recommendation accept(Actor actor, Long id, long version) {
		Recommendation r = get(actor, id);
		Inspection i = inspections.handled(actor, r.getInspectionId());
		StaleRecordException.check(version, r.getVersion());
		if (r.getStatus() != RecommendationStatus.REPORTED_DONE) {
			throw new RuleViolationException("oversight.recommendation.accept.notReported");
		}
		r.accept(actor.username(), LocalDate.now(clock));
		notifications.post(Notice.of(Addressees.holding(Role.UNIT_OFFICER, r.getAddresseeUnitId()), link(i),
				"oversight.notice.accepted", i.getTitle()).except(actor.username()));
		return r;
	}

	/** The evidence does not show the work done: back to the addressee with the reason. */
	public Recommendation sendBack(Actor actor, Long id, long version, String reason) {
		Recommendation r = get(actor, id);
		inspections.handled(actor, r.getInspectionId());
		StaleRecordException.check(version, r.getVersion());
		if (r.getStatus() != RecommendationStatus.REPORTED_DONE) {
			throw new RuleViolationException("oversight.recommendation.accept.notReported");
		}
		if (reason == null || reason.isBlank()) {
			throw RuleViolationException.onField("reason", "oversight.recommendation.reason.required");
		}
		r.sendBack(reason.trim());
		return r;
	}

	/**
	 * Flags each recommendation without a written reply past the rule's days (20 for a supervision) and tells
	 * the addressee's parent unit; answers how many were escalated. Each is escalated once.
	 */
	public int escalate() {
		LocalDate today = LocalDate.now(clock);
		int escalated = 0;
		Map<Long, Inspection> byId = new LinkedHashMap<>();
		for (Recommendation r : recommendations.findUnanswered()) {
			Inspection i = byId.computeIfAbsent(r.getInspectionId(), inspections::load);
			String rule = i.getKind() == InspectionKind.SUPERVISION ? OversightRules.REPLY_SUPERVISION
					: OversightRules.REPLY_INSPECTION;
			int days = rules.days(rule, r.getIssuedOn());
			if (days == 0 || r.getIssuedOn().plusDays(days).isAfter(today)) {
				continue;
			}
			r.escalate(today);
			escalated++;
			String unit = addresseeName(r);
			Long parent = org.parentOf(r.getAddresseeUnitId()).map(OrgDirectory.UnitRef::id).orElse(i.getBodyUnitId());
			for (Role role : List.of(Role.UNIT_OFFICER, Role.BOARD_OFFICER)) {
				notifications.post(Notice.of(Addressees.holding(role, parent), link(i), "oversight.notice.escalated",
						unit, days, i.getTitle()));
			}
		}
		return escalated;
	}

	/** Every recommendation, for the figures and the board's list: the caller scopes them. */
	@Transactional(readOnly = true)
	public List<Recommendation> all() {
		return recommendations.findAll();
	}

	/** Overdue recommendations addressed within a unit's subtree. */
	@Transactional(readOnly = true)
	public List<Recommendation> overdueWithin(Long unitId) {
		Set<Long> units = scope.subtree(unitId);
		return recommendations.findOverdueIn(LocalDate.now(clock), units);
	}

	/** For the home page: past due and not reported done, addressed within {@code units}. */
	@Transactional(readOnly = true)
	public long countOverdueIn(Collection<Long> units) {
		return units.isEmpty() ? 0 : recommendations.countOverdueIn(LocalDate.now(clock), units);
	}

	/** For the home page: reported done and waiting for the inspecting body, one of {@code units}, to accept them. */
	@Transactional(readOnly = true)
	public long countAwaitingAcceptanceBy(Collection<Long> units) {
		return units.isEmpty() ? 0 : recommendations.countAwaitingAcceptanceBy(units);
	}

	@Transactional(readOnly = true)
	public List<Recommendation> ofInspections(Collection<Long> inspectionIds) {
		return inspectionIds.isEmpty() ? List.of() : recommendations.findByInspectionIdIn(inspectionIds);
	}

	/** Accepted out of issued per inspected unit (each recommendation counts for its addressee). */
	@Transactional(readOnly = true)
	public Map<Long, Fulfilment> byAddressee(List<Recommendation> issued) {
		Map<Long, List<Recommendation>> grouped = new LinkedHashMap<>();
		issued.forEach(r -> grouped.computeIfAbsent(r.getAddresseeUnitId(), k -> new java.util.ArrayList<>()).add(r));
		Map<Long, Fulfilment> rates = new LinkedHashMap<>();
		grouped.forEach((unit, list) -> rates.put(unit, Fulfilment.of(list)));
		return rates;
	}

	/** "Ủy ban nhân dân xã Kim Sơn", or for an official "Nguyễn Văn A (Ủy ban nhân dân xã Kim Sơn)". */
	public String addresseeName(Recommendation r) {
		String unit = org.nameOf(r.getAddresseeUnitId()).orElse("");
		return r.getAddresseeOfficialId() == null ? unit
				: org.official(r.getAddresseeOfficialId()).map(o -> o.fullName() + " (" + unit + ")").orElse(unit);
	}

	private static String link(Inspection i) {
		return "/oversight/inspections/" + i.getId();
	}

}
