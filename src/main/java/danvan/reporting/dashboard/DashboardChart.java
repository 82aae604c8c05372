package danvan.reporting.dashboard;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One chart of the dashboard, as data: its title, kind, the indicators it draws and over which span. */
@Entity
@Table(name = "reporting_dashboard_chart")
public class DashboardChart {

	@Id
	private String code;

	private int sortOrder;

	private String title;

	private String chartType;

	private String span;

	private int years;

	private String figureCodes;

	private boolean active;

	protected DashboardChart() {
	}

	public String getCode() {
		return code;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public String getTitle() {
		return title;
	}

	public String getChartType() {
		return chartType;
	}

	/** Over the last {@link #getYears()} calendar years, one category a year, rather than the current period. */
	public boolean isByYear() {
		return "YEARS".equals(span);
	}

	public int getYears() {
		return years;
	}

	public boolean isActive() {
		return active;
	}

	public List<String> figureCodeList() {
		return Arrays.stream(figureCodes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
