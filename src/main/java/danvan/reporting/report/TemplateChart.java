package danvan.reporting.report;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A figure block of a kind's template drawn as a chart in the exported documents: its section, title, chart type
 * ({@code bar}, {@code pie}, {@code doughnut}) and whether it sets the report's figures side by side
 * ({@code BY_INDICATOR}) or draws each indicator for the units directly under the report's unit ({@code BY_UNIT}).
 */
@Entity
@Table(name = "reporting_template_chart")
public class TemplateChart {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String kindCode;

	private int sectionOrder;

	private int sortOrder;

	private String title;

	private String chartType;

	private String breakdown;

	private String figureCodes;

	protected TemplateChart() {
	}

	public String getKindCode() {
		return kindCode;
	}

	public int getSectionOrder() {
		return sectionOrder;
	}

	public String getTitle() {
		return title;
	}

	public String getChartType() {
		return chartType;
	}

	public boolean isByUnit() {
		return "BY_UNIT".equals(breakdown);
	}

	public List<String> figureCodeList() {
		return Arrays.stream(figureCodes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
