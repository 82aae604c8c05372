package danvan.oversight.directive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import danvan.org.OrgDirectory;
import danvan.platform.SqlParams;
import danvan.oversight.Committee;
import danvan.oversight.CommitteeService;
import danvan.oversight.OversightAccess;
import danvan.oversight.OversightRules;
import danvan.oversight.UnitScope;
import danvan.platform.files.FileKind;
import danvan.platform.files.FileRules;
import danvan.platform.files.FileStore;
import danvan.platform.notifications.Addressees;
import danvan.platform.notifications.Notice;
import danvan.platform.notifications.NotificationService;
import danvan.platform.security.Actor;
import danvan.platform.security.Role;
import danvan.platform.text.Folding;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;

/**
 * Directives and their dissemination unit by unit: the owner's handlers record a directive and the units that
 * must disseminate it; each unit reports its own; units that have not reported are reminded before and at the
 * deadline.
 */
@Service
@Transactional
public class DirectiveService {

	/** More people at one unit's dissemination than any commune has: a typing slip. */
	public static final int MAX_PARTICIPANTS = 200_000;

	static final FileRules DOCUMENTS = FileRules.of(List.of(FileKind.PDF, FileKind.DOCX, FileKind.DOC), 20);

	/** The grid of one directive: each required unit with its status, and the counts by status. */
	public record Grid(Directive directive, List<Row> rows, Map<Dissemination, Integer> counts) {

		public int total() {
			return rows.size();
		}

		public int reported() {
			return tally().reported();
		}

		public Tally tally() {
			return new Tally(directive, counts);
		}

	}

	/** A directive's counts by status, without its rows: what a line of the list shows. */
	public record Tally(Directive directive, Map<Dissemination, Integer> counts) {

		public int total() {
			return counts.values().stream().mapToInt(Integer::intValue).sum();
		}

		public int reported() {
			return counts.get(Dissemination.DONE) + counts.get(Dissemination.LATE);
		}

	}

	public record Row(DirectiveUnit unit, Dissemination status) {
	}

	private final DirectiveRepository directives;

	private final DirectiveUnitRepository units;

	private final DirectiveReportRepository reports;

	private final OversightAccess access;

	private final OversightRules rules;

	private final UnitScope scope;

	private final OrgDirectory org;

	private final FileStore files;

	private final CommitteeService committees;

	private final NotificationService notifications;

	private final Clock clock;

	DirectiveService(DirectiveRepository directives, DirectiveUnitRepository units, DirectiveReportRepository reports,
			OversightAccess access, OversightRules rules, UnitScope scope, OrgDirectory org, FileStore files,
			NotificationService notifications, Clock clock, CommitteeService committees) {
		this.committees = committees;
		this.directives = directives;
		this.units = units;
		this.reports = reports;
		this.access = access;
		this.rules = rules;
		this.scope = scope;
		this.org = org;
		this.files = files;
		this.notifications = notifications;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The owner reads all; a required unit reads the directive and its own row. */
	public boolean readsAll(Actor actor, Directive d) {
		return access.canRead(actor, d.getOwnerUnitId());
	}

	public boolean handles(Actor actor, Directive d) {
		return access.canHandle(actor, d.getOwnerUnitId());
	}

	/** The directives the actor reads, issued from {@code from} to {@code to} (either may be null), unpaged. */
	@Transactional(readOnly = true)
	public List<Directive> list(Actor actor, Long unit, LocalDate from, LocalDate to, String q) {
		return page(actor, unit, from, to, q, Pageable.unpaged()).getContent();
	}

	/** The directives the actor reads that match, newest first, narrowed, counted and paged in the database. */
	@Transactional(readOnly = true)
	public Page<Directive> page(Actor actor, Long unit, LocalDate from, LocalDate to, String q, Pageable page) {
		Set<Long> readable = org.readableUnits(actor);
		Set<Long> within = unit == null ? null : scope.subtree(unit);
		if (readable != null && within != null && readable.containsAll(within)) {
			readable = null;
		}
		if ((readable != null && readable.isEmpty()) || (within != null && within.isEmpty())) {
			return Page.empty(page);
		}
		List<String> words = Folding.likePatterns(q, 4);
		return directives.filtered(readable == null, SqlParams.idsOrNone(readable), within == null,
				SqlParams.idsOrNone(within), from, to, SqlParams.word(words, 0), SqlParams.word(words, 1),
				SqlParams.word(words, 2), SqlParams.word(words, 3), page);
	}

	/**
	 * The counts by status of each directive, counted in the database: every required unit for the owner's
	 * readers, only the actor's own units for a required unit's.
	 */
	@Transactional(readOnly = true)
	public List<Tally> tallies(Actor actor, List<Directive> of) {
		Map<Long, Map<Dissemination, Integer>> counted = new HashMap<>();
		List<Long> whole = of.stream().filter(d -> readsAll(actor, d)).map(Directive::getId).toList();
		List<Long> own = of.stream().filter(d -> !readsAll(actor, d)).map(Directive::getId).toList();
		LocalDate today = today();
		if (!whole.isEmpty()) {
			units.tallies(whole, true, List.of(-1L), today).forEach(row -> counted.put((Long) row[0], counts(row)));
		}
		if (!own.isEmpty()) {
			Set<Long> readable = org.readableUnits(actor);
			units.tallies(own, readable == null, SqlParams.idsOrNone(readable), today)
				.forEach(row -> counted.put((Long) row[0], counts(row)));
		}
		return of.stream().map(d -> new Tally(d, counted.getOrDefault(d.getId(), counts(null)))).toList();
	}

	/** Done, late, silent and required from a row of the tally query; pending is what is left. */
	private static Map<Dissemination, Integer> counts(Object[] row) {
		Map<Dissemination, Integer> counts = new EnumMap<>(Dissemination.class);
		int done = row == null ? 0 : ((Number) row[1]).intValue();
		int late = row == null ? 0 : ((Number) row[2]).intValue();
		int silent = row == null ? 0 : ((Number) row[3]).intValue();
		int required = row == null ? 0 : ((Number) row[4]).intValue();
		counts.put(Dissemination.DONE, done);
		counts.put(Dissemination.LATE, late);
		counts.put(Dissemination.SILENT, silent);
		counts.put(Dissemination.PENDING, required - done - late - silent);
		return counts;
	}

	@Transactional(readOnly = true)
	public Directive get(Actor actor, Long id) {
		Directive d = directives.findById(id).orElseThrow(NotFoundException::record);
		access.requireRead(readsAll(actor, d) || units.findByDirectiveIdOrderById(id)
			.stream()
			.anyMatch(u -> access.canRead(actor, u.getUnitId())));
		return d;
	}

	/** The status grid: every unit for the owner, the actor's own units for a required unit. */
	@Transactional(readOnly = true)
	public Grid grid(Actor actor, Long id) {
		Directive d = get(actor, id);
		boolean all = readsAll(actor, d);
		return grid(d, units.findByDirectiveIdOrderById(id)
			.stream()
			.filter(u -> all || access.canRead(actor, u.getUnitId()))
			.toList());
	}

	Grid grid(Directive d, List<DirectiveUnit> rows) {
		LocalDate today = today();
		Map<Dissemination, Integer> counts = new EnumMap<>(Dissemination.class);
		for (Dissemination s : Dissemination.values()) {
			counts.put(s, 0);
		}
		List<Row> out = rows.stream().map(u -> new Row(u, u.statusOn(d.getDisseminateBy(), today))).toList();
		out.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
		return new Grid(d, out, counts);
	}

	@Transactional(readOnly = true)
	public List<DirectiveReport> reports(Actor actor, Long id) {
		Directive d = get(actor, id);
		boolean all = readsAll(actor, d);
		return reports.findByDirectiveIdOrderByReportedOnAscIdAsc(id)
			.stream()
			.filter(r -> all || access.canRead(actor, r.getUnitId()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Directive> ofCommittee(Actor actor, Long committeeId) {
		return directives.findByCommitteeIdOrderByIssuedOn(committeeId).stream().filter(d -> readsAll(actor, d)).toList();
	}

	/** Every directive with every required unit: for the figures, which the caller has scoped already. */
	@Transactional(readOnly = true)
	public List<Grid> grids(List<Directive> of) {
		Map<Long, List<DirectiveUnit>> byDirective = new HashMap<>();
		units.findByDirectiveIdIn(of.stream().map(Directive::getId).toList())
			.forEach(u -> byDirective.computeIfAbsent(u.getDirectiveId(), k -> new java.util.ArrayList<>()).add(u));
		return of.stream().map(d -> grid(d, byDirective.getOrDefault(d.getId(), List.of()))).toList();
	}

	@Transactional(readOnly = true)
	public List<Directive> all() {
		return directives.findAllByOrderByIssuedOnDesc();
	}

	public Directive create(Actor actor, DirectiveDraft given) {
		DirectiveDraft draft = given;
		if (given.committeeId() != null) {
			Committee c = committees.requireHandled(actor, given.committeeId(), "committeeId");
			draft = given.issuedBy(c.getUnitId(), c.getName());
		}
		if (draft.ownerUnitId() == null || !org.exists(draft.ownerUnitId())) {
			throw RuleViolationException.onField("ownerUnitId", "oversight.directive.owner.required");
		}
		access.requireHandle(actor, draft.ownerUnitId());
		check(draft);
		Directive d = new Directive(actor.username());
		d.describe(draft);
		directives.save(d);
		for (Long unit : draft.unitIds()) {
			units.save(new DirectiveUnit(d.getId(), unit));
		}
		return d;
	}

	public Directive attach(Actor actor, Long id, MultipartFile upload) {
		Directive d = get(actor, id);
		access.requireHandle(actor, d.getOwnerUnitId());
		d.attach(store(upload, "file"));
		return d;
	}

	/** A required unit's dissemination report; a unit not on the list cannot report. */
	public DirectiveUnit report(Actor actor, Long id, Long unitId, long version, DisseminationReport r) {
		Directive d = get(actor, id);
		DirectiveUnit row = units.findByDirectiveIdAndUnitId(id, unitId == null ? -1 : unitId)
			.orElseThrow(() -> RuleViolationException.onField("unitId", "oversight.directive.unit.notRequired"));
		access.requireHandle(actor, row.getUnitId());
		StaleRecordException.check(version, row.getVersion());
		if (r.disseminatedOn() == null) {
			throw RuleViolationException.onField("disseminatedOn", "oversight.directive.disseminatedOn.required");
		}
		if (r.disseminatedOn().isBefore(d.getIssuedOn()) || r.disseminatedOn().isAfter(today())) {
			throw RuleViolationException.onField("disseminatedOn", "oversight.directive.disseminatedOn.range",
					java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(d.getIssuedOn()));
		}
		if (r.sessions() == null || r.sessions() < 1 || r.sessions() > 1000) {
			throw RuleViolationException.onField("sessions", "oversight.directive.sessions.range");
		}
		for (String field : List.of("officials", "partyMembers", "people")) {
			Integer n = switch (field) {
				case "officials" -> r.officials();
				case "partyMembers" -> r.partyMembers();
				default -> r.people();
			};
			if (n != null && (n < 0 || n > MAX_PARTICIPANTS)) {
				throw RuleViolationException.onField(field, "oversight.directive.participants.range", MAX_PARTICIPANTS);
			}
		}
		row.report(r, actor.username());
		return row;
	}

	/** An implementation report by a required unit, or a review by the owner. */
	public DirectiveReport addReport(Actor actor, Long id, Long unitId, ReportKind kind, String text, String figures,
			MultipartFile upload) {
		Directive d = get(actor, id);
		boolean owner = unitId != null && unitId.equals(d.getOwnerUnitId());
		if (!owner && units.findByDirectiveIdAndUnitId(id, unitId == null ? -1 : unitId).isEmpty()) {
			throw RuleViolationException.onField("unitId", "oversight.directive.unit.notRequired");
		}
		access.requireHandle(actor, unitId);
		if (kind == null || (kind != ReportKind.IMPLEMENTATION && !owner)) {
			throw RuleViolationException.onField("kind", "oversight.directive.report.kind");
		}
		if (text == null || text.isBlank()) {
			throw RuleViolationException.onField("text", "oversight.directive.report.text");
		}
		Long file = upload == null || upload.isEmpty() ? null : store(upload, "file");
		return reports.save(new DirectiveReport(id, unitId, kind, today(), text.trim(),
				figures == null || figures.isBlank() ? null : figures.trim(), file, actor.username()));
	}

	/** For the home page: directives that units within {@code unitIds} must still report disseminating. */
	@Transactional(readOnly = true)
	public long countUnreportedIn(java.util.Collection<Long> unitIds) {
		return unitIds.isEmpty() ? 0 : units.countByDisseminatedOnIsNullAndUnitIdIn(unitIds);
	}

	/**
	 * Reminds each unit that has not reported: once within the rule's days before the deadline, once on or after
	 * it. Answers how many reminders went out.
	 */
	public int remind() {
		LocalDate today = today();
		Map<Long, Directive> byId = new HashMap<>();
		int sent = 0;
		for (DirectiveUnit row : units.findByDisseminatedOnIsNull()) {
			Directive d = byId.computeIfAbsent(row.getDirectiveId(), k -> directives.findById(k).orElseThrow());
			LocalDate due = d.getDisseminateBy();
			int before = rules.days(OversightRules.DIRECTIVE_REMINDER, d.getIssuedOn());
			String link = "/oversight/directives/" + d.getId();
			if (!today.isBefore(due) && row.getRemindedDueOn() == null) {
				row.remindedAtDue(today);
				notifications.post(Notice.of(Addressees.holding(Role.UNIT_OFFICER, row.getUnitId()), link,
						"oversight.notice.directiveDue", d.getNumber(), java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(due)));
				sent++;
			}
			else if (today.isBefore(due) && !today.isBefore(due.minusDays(before)) && row.getRemindedBeforeOn() == null) {
				row.remindedBefore(today);
				notifications.post(Notice.of(Addressees.holding(Role.UNIT_OFFICER, row.getUnitId()), link,
						"oversight.notice.directiveSoon", d.getNumber(), java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(due)));
				sent++;
			}
		}
		return sent;
	}

	private Long store(MultipartFile upload, String field) {
		if (upload == null || upload.isEmpty()) {
			throw RuleViolationException.onField(field, "oversight.file.required");
		}
		try {
			return files.store(upload, DOCUMENTS).getId();
		}
		catch (RuleViolationException e) {
			throw RuleViolationException.onField(field, e.messageKey(), e.arguments());
		}
	}

	private void check(DirectiveDraft d) {
		if (d.number() == null || d.number().isBlank()) {
			throw RuleViolationException.onField("number", "oversight.directive.number.required");
		}
		if (d.issuer() == null || d.issuer().isBlank()) {
			throw RuleViolationException.onField("issuer", "oversight.directive.issuer.required");
		}
		if (d.level() == null) {
			throw RuleViolationException.onField("level", "oversight.directive.level.required");
		}
		if (d.summary() == null || d.summary().isBlank()) {
			throw RuleViolationException.onField("summary", "oversight.directive.summary.required");
		}
		if (d.issuedOn() == null) {
			throw RuleViolationException.onField("issuedOn", "oversight.directive.issuedOn.required");
		}
		if (d.disseminateBy() == null || d.disseminateBy().isBefore(d.issuedOn())) {
			throw RuleViolationException.onField("disseminateBy", "oversight.directive.disseminateBy.range");
		}
		if (d.unitIds() == null || d.unitIds().isEmpty()) {
			throw RuleViolationException.onField("unitIds", "oversight.directive.units.required");
		}
		if (d.unitIds().stream().anyMatch(u -> !org.exists(u))) {
			throw RuleViolationException.onField("unitIds", "oversight.inspection.units.unknown");
		}
	}

}
