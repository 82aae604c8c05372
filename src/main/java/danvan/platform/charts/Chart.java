package danvan.platform.charts;

import java.math.BigDecimal;
import java.util.List;

/**
 * A chart as data: its title, its kind ({@code bar}, {@code doughnut}, {@code line}), the categories (rows) with
 * the page listing each one's records, and one or more series of values, one value a category.
 */
public record Chart(String id, String title, String type, List<Category> categories, List<Series> series) {

	public Chart {
		categories = List.copyOf(categories);
		series = List.copyOf(series);
		for (Series s : series) {
			if (s.values().size() != categories.size()) {
				throw new IllegalArgumentException("chart " + id + ": series " + s.name() + " has "
						+ s.values().size() + " values for " + categories.size() + " categories");
			}
		}
	}

	/** A row of the chart: its label and, when the viewer may open them, the records it counts. */
	public record Category(String label, String link) {
	}

	public record Series(String name, List<BigDecimal> values) {

		public Series {
			values = List.copyOf(values);
		}

	}

	public boolean isEmpty() {
		return series.stream().allMatch(s -> s.values().stream().allMatch(v -> v.signum() == 0));
	}

}
