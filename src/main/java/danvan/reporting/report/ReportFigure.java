package danvan.reporting.report;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import danvan.platform.audit.AuditTrail;

/**
 * One indicator's figure in a report: what the records gave when last compiled, the previous period's for
 * comparison, what it was before the last recompile when that changed it, and an override with its note.
 */
@Entity
@Table(name = "reporting_report_figure")
@AuditTrail("ReportFigure")
public class ReportFigure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne
	private Report report;

	private int sectionOrder;

	private String code;

	private BigDecimal compiledValue;

	private BigDecimal previousValue;

	private BigDecimal changedFrom;

	private BigDecimal overrideValue;

	private String overrideNote;

	private String recordsPath;

	protected ReportFigure() {
	}

	ReportFigure(Report report, int sectionOrder, String code) {
		this.report = report;
		this.sectionOrder = sectionOrder;
		this.code = code;
	}

	/** Takes freshly counted values, remembering the old count when it moved. */
	void compiled(BigDecimal value, BigDecimal previous, String path) {
		if (compiledValue != null && value.compareTo(compiledValue) != 0) {
			changedFrom = compiledValue;
		}
		else if (compiledValue != null) {
			changedFrom = null;
		}
		compiledValue = value;
		previousValue = previous;
		recordsPath = path;
	}

	void override(BigDecimal value, String note) {
		overrideValue = value;
		overrideNote = value == null ? null : note;
	}

	/** The figure the report prints: the override when there is one. */
	public BigDecimal value() {
		return overrideValue != null ? overrideValue : compiledValue;
	}

	public boolean isOverridden() {
		return overrideValue != null;
	}

	public Long getId() {
		return id;
	}

	public int getSectionOrder() {
		return sectionOrder;
	}

	public String getCode() {
		return code;
	}

	public BigDecimal getCompiledValue() {
		return compiledValue;
	}

	public BigDecimal getPreviousValue() {
		return previousValue;
	}

	public BigDecimal getChangedFrom() {
		return changedFrom;
	}

	public BigDecimal getOverrideValue() {
		return overrideValue;
	}

	public String getOverrideNote() {
		return overrideNote;
	}

	public String getRecordsPath() {
		return recordsPath;
	}

}
