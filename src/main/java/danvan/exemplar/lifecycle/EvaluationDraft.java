package danvan.exemplar.lifecycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import danvan.exemplar.Rating;

/** An evaluation as entered: the day, who evaluated, the board's criteria scores, the rating, the figures measured. */
public record EvaluationDraft(LocalDate evaluatedOn, String evaluator, Map<String, Integer> scores, Rating rating,
		String ownCriteria, String comments, Map<String, BigDecimal> figures) {

	public EvaluationDraft {
		scores = scores == null ? Map.of() : Map.copyOf(scores);
		figures = figures == null ? Map.of() : Map.copyOf(figures);
	}

}
