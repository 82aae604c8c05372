package danvan.oversight.directive;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import danvan.platform.audit.AuditTrail;

/** A unit's report on implementing a directive, or the owner's review of it. Never changed once filed. */
@Entity
@Table(name = "oversight_directive_report")
@AuditTrail("OversightDirectiveReport")
public class DirectiveReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long directiveId;

	private Long unitId;

	@Enumerated(EnumType.STRING)
	private ReportKind kind;

	private LocalDate reportedOn;

	private String text;

	private String figures;

	private Long fileId;

	private String createdBy;

	protected DirectiveReport() {
	}

	DirectiveReport(Long directiveId, Long unitId, ReportKind kind, LocalDate reportedOn, String text, String figures,
			Long fileId, String createdBy) {
		this.directiveId = directiveId;
		this.unitId = unitId;
		this.kind = kind;
		this.reportedOn = reportedOn;
		this.text = text;
		this.figures = figures;
		this.fileId = fileId;
		this.createdBy = createdBy;
	}

	public Long getId() {
		return id;
	}

	public Long getDirectiveId() {
		return directiveId;
	}

	public Long getUnitId() {
		return unitId;
	}

	public ReportKind getKind() {
		return kind;
	}

	public LocalDate getReportedOn() {
		return reportedOn;
	}

	public String getText() {
		return text;
	}

	public String getFigures() {
		return figures;
	}

	public Long getFileId() {
		return fileId;
	}

	public String getCreatedBy() {
		return createdBy;
	}

}
