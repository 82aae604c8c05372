package danvan.reporting.report;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import danvan.platform.audit.AuditTrail;

/** A section of one report: the template's heading and guidance, copied when compiled, and the officer's text. */
@Entity
@Table(name = "reporting_report_section")
@AuditTrail("ReportSection")
public class ReportSection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne
	private Report report;

	private int sortOrder;

	private String heading;

	private String guidance;

	private String narrative = "";

	private boolean collectsRecommendations;

	protected ReportSection() {
	}

	ReportSection(Report report, TemplateSection template) {
		this.report = report;
		this.sortOrder = template.getSortOrder();
		this.heading = template.getHeading();
		this.guidance = template.getGuidance();
		this.collectsRecommendations = template.isCollectsRecommendations();
	}

	void write(String text) {
		this.narrative = text == null ? "" : text.strip();
	}

	public Long getId() {
		return id;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public String getHeading() {
		return heading;
	}

	public String getGuidance() {
		return guidance;
	}

	public boolean isCollectsRecommendations() {
		return collectsRecommendations;
	}

	public String getNarrative() {
		return narrative;
	}

}
