package danvan.reporting.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import danvan.org.OrgDirectory;
import danvan.platform.figures.Figure;
import danvan.platform.figures.FigureQuery;
import danvan.platform.figures.Figures;
import danvan.platform.security.Actor;
import danvan.platform.security.Role;
import danvan.platform.web.NotFoundException;
import danvan.platform.web.RuleViolationException;
import danvan.platform.web.StaleRecordException;
import danvan.reporting.figures.IndicatorFigures;
import danvan.reporting.period.ReportingPeriods;

/**
 * Compiles, writes and moves reports. Any grant over the unit reads its reports; the unit's officers and the board
 * write and submit them; the board above the unit returns or accepts them.
 */
@Service
public class ReportService {

	private static final List<Role> WRITERS = List.of(Role.ADMIN, Role.BOARD_OFFICER, Role.UNIT_OFFICER);

	private static final List<Role> RECEIVERS = List.of(Role.ADMIN, Role.BOARD_OFFICER);

	private final ReportRepository reports;

	private final ReportKindRepository kinds;

	private final Figures figures;

	private final OrgDirectory org;

	private final Clock clock;

	private final UnitReportQuotes quotes;

	private final ReportingPeriods periods;

	ReportService(ReportRepository reports, ReportKindRepository kinds, Figures figures, OrgDirectory org,
			Clock clock, UnitReportQuotes quotes, ReportingPeriods periods) {
		this.quotes = quotes;
		this.periods = periods;
		this.reports = reports;
		this.kinds = kinds;
		this.figures = figures;
		this.org = org;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ReportKind> kinds() {
		LocalDate today = LocalDate.now(clock);
		return kinds.findAll()
			.stream()
			.filter(k -> k.isInForceOn(today))
			.sorted(java.util.Comparator.comparingInt(ReportKind::getSortOrder).thenComparing(ReportKind::getCode))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Report> visibleTo(Actor actor, Long unitId) {
		return reports.findAllByOrderByPeriodFromDescIdDesc()
			.stream()
			.filter(r -> org.reaches(actor, r.getUnitId()))
			.filter(r -> unitId == null || org.isWithin(r.getUnitId(), unitId))
			.toList();
	}

	@Transactional(readOnly = true)
	public Report get(Actor actor, Long id) {
		Report report = reports.findById(id).orElseThrow(NotFoundException::record);
		if (!org.reaches(actor, report.getUnitId())) {
			throw new AccessDeniedException("reporting: report " + id + " outside the actor's grants");
		}
		// pages and documents read the whole report after the transaction (no open session in view)
		report.getSections().size();
		report.getFigures().size();
		report.getSteps().size();
		report.getQuotes().size();
		return report;
	}

	/** A new report of {@code unitId} for the period, written by {@code issuerUnitId}, compiled at once. */
	@Transactional
	public Report create(Actor actor, NewReport draft) {
		ReportKind kind = draft.kindCode() == null ? null : kinds.findById(draft.kindCode()).orElse(null);
		if (kind == null) {
			throw RuleViolationException.onField("kind", "reporting.report.unknownKind");
		}
		if (draft.unitId() == null || !org.exists(draft.unitId())) {
			throw RuleViolationException.onField("unit", "reporting.figures.unitRequired");
		}
		IndicatorFigures.requirePeriod(draft.from(), draft.to());
		if (draft.periodLabel() == null || draft.periodLabel().isBlank() || draft.periodLabel().length() > 100) {
			throw RuleViolationException.onField("periodLabel", "reporting.report.periodLabelRequired");
		}
		Long issuer = draft.issuerUnitId() == null ? draft.unitId() : draft.issuerUnitId();
		requireWriter(actor, draft.unitId());
		// a unit reports on periods it lived through; after a merger its successor reports
		org.requireOpenOn(draft.unitId(), draft.from(), "unit");
		if (!org.exists(issuer)) {
			throw RuleViolationException.onField("issuer", "reporting.figures.unitRequired");
		}
		String label = draft.periodLabel().strip();
		Report report = new Report(kind, draft.unitId(), issuer, draft.from(), draft.to(), label,
				kind.getTitlePrefix() + " " + label, actor.username(), clock.instant());
		compile(report, actor);
		return reports.save(report);
	}

	/** Counts every figure again; the report lists what moved since the last compile. */
	@Transactional
	public Report recompile(Actor actor, Long id, long version) {
		Report report = writable(actor, id, version);
		compile(report, actor);
		return reports.save(report);
	}

	@Transactional
	public Report write(Actor actor, Long id, long version, Map<Integer, String> narratives, String number) {
		return write(actor, id, version, narratives, number, null);
	}

	/** Writes the narratives, the number and, when given, the recommendations to the level above. */
	@Transactional
	public Report write(Actor actor, Long id, long version, Map<Integer, String> narratives, String number,
			String recommendations) {
		Report report = writable(actor, id, version);
		if (number != null && number.length() > 60) {
			throw RuleViolationException.onField("number", "reporting.report.numberTooLong");
		}
		narratives.forEach(report::write);
		report.number(number);
		if (recommendations != null) {
			report.recommend(recommendations);
		}
		return reports.save(report);
	}

	@Transactional
	public Report override(Actor actor, Long id, long version, Long figureId, BigDecimal value, String note) {
		Report report = writable(actor, id, version);
		if (note != null && note.length() > 1000) {
			throw RuleViolationException.onField("note", "reporting.report.noteTooLong");
		}
		report.override(figureId, value, note);
		return reports.save(report);
	}

	@Transactional
	public Report submit(Actor actor, Long id, long version) {
		Report report = writable(actor, id, version);
		report.submit(clock.instant(), actor.username());
		return reports.save(report);
	}

	@Transactional
	public Report returnWith(Actor actor, Long id, long version, String comment) {
		Report report = received(actor, id, version);
		if (comment != null && comment.length() > 2000) {
			throw RuleViolationException.onField("comment", "reporting.report.noteTooLong");
		}
		report.returnWith(comment, clock.instant(), actor.username());
		return reports.save(report);
	}

	@Transactional
	public Report accept(Actor actor, Long id, long version) {
		Report report = received(actor, id, version);
		report.accept(clock.instant(), actor.username());
		return reports.save(report);
	}

	public boolean canWrite(Actor actor, Report report) {
		return report.isWritable() && reaches(actor, WRITERS, report.getUnitId());
	}

	/** The board above the unit receives its report: a grant over the unit's parent (through mergers). */
	public boolean canReceive(Actor actor, Report report) {
		Long above = org.parentOf(report.getUnitId()).map(OrgDirectory.UnitRef::id).orElse(null);
		return report.getStatus() == ReportStatus.SUBMITTED && above != null && reaches(actor, RECEIVERS, above);
	}

	private void compile(Report report, Actor actor) {
		FigureQuery now = new FigureQuery(report.getUnitId(), report.getPeriodFrom(), report.getPeriodTo());
		String scheme = kinds.findById(report.getKindCode()).map(ReportKind::getPeriodSchemeCode).orElse(null);
		ReportingPeriods.Span last = periods.previous(scheme, report.getPeriodFrom(), report.getPeriodTo());
		FigureQuery before = new FigureQuery(report.getUnitId(), last.from(), last.to());
		Map<String, Figure> current = byCode(figures.figures(now));
		Map<String, Figure> previous = byCode(figures.figures(before));
		for (ReportFigure figure : report.getFigures()) {
			Figure f = current.get(figure.getCode());
			Figure p = previous.get(figure.getCode());
			figure.compiled(f == null ? BigDecimal.ZERO : f.value(), p == null ? null : p.value(),
					f == null ? null : f.recordsPath());
		}
		report.quote(quotes.quotesFor(report));
		report.compiled(clock.instant(), actor.username());
	}

	/** The reports of a kind for exactly this period, whatever their unit or status (the calendar's answers). */
	@Transactional(readOnly = true)
	public List<Report> forPeriod(String kindCode, LocalDate from, LocalDate to) {
		List<Report> found = reports.findByKindCodeAndPeriodFromAndPeriodTo(kindCode, from, to);
		found.forEach(r -> r.getSteps().size());
		return found;
	}

	private static Map<String, Figure> byCode(List<Figure> list) {
		return list.stream().collect(Collectors.toMap(Figure::code, Function.identity(), (a, b) -> a));
	}

	private Report writable(Actor actor, Long id, long version) {
		Report report = current(actor, id, version);
		requireWriter(actor, report.getUnitId());
		return report;
	}

	private Report received(Actor actor, Long id, long version) {
		Report report = current(actor, id, version);
		Long above = org.parentOf(report.getUnitId()).map(OrgDirectory.UnitRef::id).orElse(null);
		if (above == null || !reaches(actor, RECEIVERS, above)) {
			throw new AccessDeniedException("reporting: not the board above unit " + report.getUnitId());
		}
		return report;
	}

	private Report current(Actor actor, Long id, long version) {
		Report report = get(actor, id);
		if (report.getVersion() != version) {
			throw new StaleRecordException();
		}
		return report;
	}

	private void requireWriter(Actor actor, Long unitId) {
		if (!reaches(actor, WRITERS, unitId)) {
			throw new AccessDeniedException("reporting: not a writer for unit " + unitId);
		}
	}

	private boolean reaches(Actor actor, List<Role> roles, Long unitId) {
		return actor.grantsFor(roles).stream().anyMatch(g -> g.isGlobal() || org.isWithin(unitId, g.scopeUnitId()));
	}

	/** What a person asks for when starting a report. */
	public record NewReport(String kindCode, Long unitId, Long issuerUnitId, LocalDate from, LocalDate to,
			String periodLabel) {
	}

}
