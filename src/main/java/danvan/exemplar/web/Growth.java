package danvan.exemplar.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import danvan.exemplar.catalog.ExemplarCatalog;
import danvan.exemplar.lifecycle.Evaluation;


/**
 * An outcome figure across an exemplar's evaluations, as bars drawn without script: each bar's width is its share
 * of the largest value, and the growth is the last against the first.
 */
public record Growth(ExemplarCatalog.OutcomeIndicator indicator, List<Bar> bars, BigDecimal percent) {

	public record Bar(LocalDate on, BigDecimal value, int width, String shown) {
	}

	public static List<Growth> of(List<Evaluation> evaluations, List<ExemplarCatalog.OutcomeIndicator> indicators) {
		List<Growth> all = new ArrayList<>();
		for (ExemplarCatalog.OutcomeIndicator indicator : indicators) {
			List<Evaluation> with = evaluations.stream().filter(e -> e.getFigures().containsKey(indicator.code())).toList();
			if (with.isEmpty()) {
				continue;
			}
			BigDecimal max = with.stream().map(e -> e.getFigures().get(indicator.code())).reduce(BigDecimal.ZERO, BigDecimal::max);
			List<Bar> bars = with.stream().map(e -> {
				BigDecimal v = e.getFigures().get(indicator.code());
				int width = max.signum() == 0 ? 0 : v.multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP).intValue();
				return new Bar(e.getEvaluatedOn(), v, width, ExemplarCatalog.format(v));
			}).toList();
			BigDecimal first = bars.get(0).value();
			BigDecimal last = bars.get(bars.size() - 1).value();
			BigDecimal percent = bars.size() < 2 || first.signum() == 0 ? null
					: last.subtract(first).multiply(BigDecimal.valueOf(100)).divide(first, 0, RoundingMode.HALF_UP);
			all.add(new Growth(indicator, bars, percent));
		}
		return all;
	}

}
