package danvan.reporting.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import danvan.platform.audit.AuditTrail;
import jakarta.persistence.Version;

import danvan.platform.web.RuleViolationException;

/**
 * A report of a unit for a period: its sections with the officer's narrative, its figures compiled from the
 * records, and its history. Written while a draft or returned; submitted to the board, which returns it with a
 * comment or accepts it. An accepted report no longer changes.
 */
@Entity
@Table(name = "reporting_report")
@AuditTrail("Report")
public class Report {

	static final int MAX_NARRATIVE = 200_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String kindCode;

	private Long unitId;

	private Long issuerUnitId;

	private LocalDate periodFrom;

	private LocalDate periodTo;

	private String periodLabel;

	private String title;

	private String number;

	@Enumerated(EnumType.STRING)
	private ReportStatus status = ReportStatus.DRAFT;

	private Instant compiledAt;

	private String createdBy;

	private String recommendations = "";

	@Version
	private long version;

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
	@OrderBy("sortOrder")
	private List<ReportSection> sections = new ArrayList<>();

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
	@OrderBy("sectionOrder, id")
	private List<ReportFigure> figures = new ArrayList<>();

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sectionOrder, id")
	private List<ReportQuote> quotes = new ArrayList<>();

	@OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
	@OrderBy("happenedAt, id")
	private List<ReportStep> steps = new ArrayList<>();

	protected Report() {
	}

	Report(ReportKind kind, Long unitId, Long issuerUnitId, LocalDate from, LocalDate to, String periodLabel,
			String title, String actor, Instant now) {
		this.kindCode = kind.getCode();
		this.unitId = unitId;
		this.issuerUnitId = issuerUnitId;
		this.periodFrom = from;
		this.periodTo = to;
		this.periodLabel = periodLabel;
		this.title = title;
		this.createdBy = actor;
		this.compiledAt = now;
		for (TemplateSection template : kind.getSections()) {
			sections.add(new ReportSection(this, template));
			template.figureCodeList().forEach(code -> figures.add(new ReportFigure(this, template.getSortOrder(), code)));
		}
	}

	void compiled(Instant now, String actor) {
		requireWritable();
		compiledAt = now;
		steps.add(new ReportStep(this, "COMPILED", null, actor, now));
	}

	void write(int sortOrder, String narrative) {
		requireWritable();
		if (narrative != null && narrative.length() > MAX_NARRATIVE) {
			throw RuleViolationException.onField("section" + sortOrder, "reporting.report.narrativeTooLong", MAX_NARRATIVE);
		}
		sections.stream().filter(s -> s.getSortOrder() == sortOrder).findFirst().ifPresent(s -> s.write(narrative));
	}

	/** The unit's recommendations to the level above (kiến nghị, đề xuất). */
	void recommend(String text) {
		requireWritable();
		if (text != null && text.length() > MAX_NARRATIVE) {
			throw RuleViolationException.onField("recommendations", "reporting.report.narrativeTooLong", MAX_NARRATIVE);
		}
		this.recommendations = text == null ? "" : text.strip();
	}

	/** Quotes the accepted unit reports afresh: what each section and the recommendations quote now. */
	void quote(List<Quoted> fresh) {
		quotes.clear();
		fresh.forEach(q -> quotes.add(new ReportQuote(this, q.sectionOrder(), q.kind(), q.source(), q.label(), q.excerpt())));
	}

	record Quoted(int sectionOrder, String kind, Report source, String label, String excerpt) {
	}

	/** When the report was first sent up: a report first sent after the deadline stays late. */
	public Optional<Instant> firstSubmittedAt() {
		return steps.stream().filter(s -> "SUBMITTED".equals(s.getAction())).map(ReportStep::getHappenedAt).findFirst();
	}

	void override(Long figureId, BigDecimal value, String note) {
		requireWritable();
		ReportFigure figure = figure(figureId)
			.orElseThrow(() -> RuleViolationException.onField("figure", "reporting.report.unknownFigure"));
		if (value != null && (note == null || note.isBlank())) {
			throw RuleViolationException.onField("note", "reporting.report.overrideNeedsNote");
		}
		if (value != null && value.signum() < 0) {
			throw RuleViolationException.onField("value", "reporting.report.negativeFigure");
		}
		figure.override(value, note == null ? null : note.strip());
	}

	void number(String value) {
		requireWritable();
		this.number = value == null || value.isBlank() ? null : value.strip();
	}

	void submit(Instant now, String actor) {
		requireWritable();
		status = ReportStatus.SUBMITTED;
		steps.add(new ReportStep(this, "SUBMITTED", null, actor, now));
	}

	void returnWith(String comment, Instant now, String actor) {
		if (status != ReportStatus.SUBMITTED) {
			throw new RuleViolationException("reporting.report.notSubmitted");
		}
		if (comment == null || comment.isBlank()) {
			throw RuleViolationException.onField("comment", "reporting.report.returnNeedsComment");
		}
		status = ReportStatus.RETURNED;
		steps.add(new ReportStep(this, "RETURNED", comment.strip(), actor, now));
	}

	void accept(Instant now, String actor) {
		if (status != ReportStatus.SUBMITTED) {
			throw new RuleViolationException("reporting.report.notSubmitted");
		}
		status = ReportStatus.ACCEPTED;
		steps.add(new ReportStep(this, "ACCEPTED", null, actor, now));
	}

	private void requireWritable() {
		if (status == ReportStatus.SUBMITTED || status == ReportStatus.ACCEPTED) {
			throw new RuleViolationException("reporting.report.notWritable");
		}
	}

	Optional<ReportFigure> figure(Long figureId) {
		return figures.stream().filter(f -> f.getId() != null && f.getId().equals(figureId)).findFirst();
	}

	public boolean isWritable() {
		return status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
	}

	public Long getId() {
		return id;
	}

	public String getKindCode() {
		return kindCode;
	}

	public Long getUnitId() {
		return unitId;
	}

	public Long getIssuerUnitId() {
		return issuerUnitId;
	}

	public LocalDate getPeriodFrom() {
		return periodFrom;
	}

	public LocalDate getPeriodTo() {
		return periodTo;
	}

	public String getPeriodLabel() {
		return periodLabel;
	}

	public String getTitle() {
		return title;
	}

	public String getNumber() {
		return number;
	}

	public ReportStatus getStatus() {
		return status;
	}

	public Instant getCompiledAt() {
		return compiledAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public long getVersion() {
		return version;
	}

	public List<ReportSection> getSections() {
		return List.copyOf(sections);
	}

	public List<ReportFigure> getFigures() {
		return List.copyOf(figures);
	}

	public String getRecommendations() {
		return recommendations;
	}

	public List<ReportQuote> getQuotes() {
		return List.copyOf(quotes);
	}

	public List<ReportStep> getSteps() {
		return List.copyOf(steps);
	}

}
