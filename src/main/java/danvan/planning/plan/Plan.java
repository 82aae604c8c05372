package danvan.planning.plan;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import danvan.platform.audit.AuditTrail;

/**
 * An action programme or plan of a committee or board: its document, period, owner unit and a tree of tasks and
 * targets. A revision is a new plan pointing at the one it replaces, which stays readable as superseded.
 */
@Entity
@Table(name = "planning_plan")
@AuditTrail("Plan")
public class Plan {

	public enum Kind {
		TERM_PROGRAMME, ANNUAL, QUARTERLY, THEMATIC
	}

	public enum Status {
		CURRENT, SUPERSEDED, WITHDRAWN
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String title;

	private String docNumber;

	/** Title and document number without diacritics, for the list's word search in the database. */
	private String searchFolded = "";

	private LocalDate docDate;

	private Long docFileId;

	private LocalDate periodFrom;

	private LocalDate periodTo;

	private Long ownerUnitId;

	private String reportEvery = "QUARTER";

	private int revision = 1;

	private Long previousId;

	@Enumerated(EnumType.STRING)
	private Status status = Status.CURRENT;

	private Instant createdAt;

	private String createdBy;

	@Version
	private long version;

	protected Plan() {
	}

	Plan(Long ownerUnitId, Instant createdAt, String createdBy) {
		this.ownerUnitId = ownerUnitId;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	void describe(PlanDraft draft) {
		this.kind = draft.kind();
		this.title = draft.title().strip();
		this.docNumber = draft.docNumber();
		String folded = danvan.platform.text.Folding.fold(title + " " + (docNumber == null ? "" : docNumber));
		this.searchFolded = folded.length() > 1500 ? folded.substring(0, 1500) : folded;
		this.docDate = draft.docDate();
		this.periodFrom = draft.periodFrom();
		this.periodTo = draft.periodTo();
		this.reportEvery = draft.reportEvery() == null ? "QUARTER" : draft.reportEvery();
	}

	/** The kind of period units report in: {@code MONTH}, {@code QUARTER} and so on. */
	public String getReportEvery() {
		return reportEvery;
	}

	void follows(Plan previous, int revision) {
		this.previousId = previous.getId();
		this.revision = revision;
	}

	void supersede() {
		this.status = Status.SUPERSEDED;
	}

	void withdraw() {
		this.status = Status.WITHDRAWN;
	}

	void attachDocument(Long fileId) {
		this.docFileId = fileId;
	}

	public Long getId() {
		return id;
	}

	public Kind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public String getDocNumber() {
		return docNumber;
	}

	public LocalDate getDocDate() {
		return docDate;
	}

	public Long getDocFileId() {
		return docFileId;
	}

	public LocalDate getPeriodFrom() {
		return periodFrom;
	}

	public LocalDate getPeriodTo() {
		return periodTo;
	}

	public Long getOwnerUnitId() {
		return ownerUnitId;
	}

	public int getRevision() {
		return revision;
	}

	public Long getPreviousId() {
		return previousId;
	}

	public Status getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public long getVersion() {
		return version;
	}

}
