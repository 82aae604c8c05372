package danvan.reporting.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A kind of report and its template, as data with the outline it follows and its effective dates. */
@Entity
@Table(name = "reporting_kind")
public class ReportKind {

	@Id
	private String code;

	private String name;

	private String titlePrefix;

	private String legalBasis;

	private LocalDate effectiveFrom;

	private LocalDate effectiveTo;

	private int sortOrder;

	private String periodSchemeCode;

	@OneToMany
	@JoinColumn(name = "kind_code", insertable = false, updatable = false)
	@OrderBy("sortOrder")
	private List<TemplateSection> sections = new ArrayList<>();

	protected ReportKind() {
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getTitlePrefix() {
		return titlePrefix;
	}

	/** How this kind's periods are cut ({@link danvan.reporting.period.PeriodScheme}). */
	public String getPeriodSchemeCode() {
		return periodSchemeCode;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public boolean isInForceOn(LocalDate day) {
		return !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
	}

	public List<TemplateSection> getSections() {
		return List.copyOf(sections);
	}

}
