package danvan.reporting.report;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One section of a kind's template: heading, what to write there, and the indicators whose figures it shows. */
@Entity
@Table(name = "reporting_template_section")
public class TemplateSection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int sortOrder;

	private String heading;

	private String guidance;

	private String figureCodes;

	private boolean collectsRecommendations;

	protected TemplateSection() {
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

	/** The section where the units' recommendations to the level above are collected. */
	public boolean isCollectsRecommendations() {
		return collectsRecommendations;
	}

	public List<String> figureCodeList() {
		return figureCodes == null || figureCodes.isBlank() ? List.of()
				: Arrays.stream(figureCodes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
