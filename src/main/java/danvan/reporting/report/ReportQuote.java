package danvan.reporting.report;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An excerpt of an accepted unit report quoted in the board's report: a section's narrative (kind
 * {@code NARRATIVE}) or the unit's recommendations to the level above ({@code RECOMMENDATION}), with its source
 * ("Đảng ủy xã Tam Hiệp, báo cáo quý III năm 2020"). Quotes are taken again at every compile.
 */
@Entity
@Table(name = "reporting_report_quote")
public class ReportQuote {

	public static final String NARRATIVE = "NARRATIVE";

	public static final String RECOMMENDATION = "RECOMMENDATION";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne
	private Report report;

	private int sectionOrder;

	private String kind;

	private Long sourceReportId;

	private Long sourceUnitId;

	private String sourceLabel;

	private String excerpt;

	protected ReportQuote() {
	}

	ReportQuote(Report report, int sectionOrder, String kind, Report source, String sourceLabel, String excerpt) {
		this.report = report;
		this.sectionOrder = sectionOrder;
		this.kind = kind;
		this.sourceReportId = source.getId();
		this.sourceUnitId = source.getUnitId();
		this.sourceLabel = sourceLabel;
		this.excerpt = excerpt;
	}

	public int getSectionOrder() {
		return sectionOrder;
	}

	public String getKind() {
		return kind;
	}

	public boolean isRecommendation() {
		return RECOMMENDATION.equals(kind);
	}

	public Long getSourceReportId() {
		return sourceReportId;
	}

	public Long getSourceUnitId() {
		return sourceUnitId;
	}

	public String getSourceLabel() {
		return sourceLabel;
	}

	public String getExcerpt() {
		return excerpt;
	}

}
