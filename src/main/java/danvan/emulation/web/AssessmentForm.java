package danvan.emulation.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.validation.BindingResult;

import danvan.emulation.Points;
import danvan.emulation.assessment.Assessment;
import danvan.emulation.scale.ScaleItem;
import danvan.emulation.scale.ScoringScale;

/** The self-assessment form: points typed as text ("7,5" is a number) and an explanation per item. */
public class AssessmentForm {

	private Map<Long, String> scores = new HashMap<>();

	private Map<Long, String> explanations = new HashMap<>();

	private long version;

	private String action = "save";

	static AssessmentForm of(Assessment assessment, ScoringScale scale) {
		AssessmentForm form = new AssessmentForm();
		form.version = assessment.getVersion();
		for (ScaleItem item : scale.scoredItems()) {
			assessment.scoreFor(item.getId()).ifPresent(s -> {
				form.scores.put(item.getId(), text(s.getSelfPoints()));
				form.explanations.put(item.getId(), s.getExplanation());
			});
		}
		return form;
	}

	static String text(BigDecimal points) {
		return points == null ? "" : points.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	/** The typed points, marking every cell that is not a number. */
	Map<Long, BigDecimal> parsedScores(BindingResult result) {
		Map<Long, BigDecimal> parsed = new LinkedHashMap<>();
		scores.forEach((itemId, text) -> {
			if (text == null || text.isBlank()) {
				parsed.put(itemId, null);
				return;
			}
			BigDecimal value = Points.parse(text);
			if (value == null) {
				result.rejectValue("scores[" + itemId + "]", "emulation.score.notANumber");
			}
			else {
				parsed.put(itemId, value);
			}
		});
		return parsed;
	}

	public Map<Long, String> getScores() {
		return scores;
	}

	public void setScores(Map<Long, String> scores) {
		this.scores = scores;
	}

	public Map<Long, String> getExplanations() {
		return explanations;
	}

	public void setExplanations(Map<Long, String> explanations) {
		this.explanations = explanations;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

}
