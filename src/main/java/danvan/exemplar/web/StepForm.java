package danvan.exemplar.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import danvan.exemplar.Rating;
import danvan.exemplar.RecognitionLevel;
import danvan.exemplar.lifecycle.EvaluationDraft;
import danvan.platform.text.PlainText;

/** What the exemplar page's step forms post: each step reads the fields it needs. */
public class StepForm {

	private long version;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate on;

	private boolean launched;

	@Size(max = 2000) @PlainText private String commitment;

	private RecognitionLevel level;

	@Size(max = 300) @PlainText private String document;

	private boolean typical;

	private Long targetUnitId;

	@Size(max = 300) @PlainText private String name;

	@Size(max = 1000) @PlainText private String reason;

	@Size(max = 150) @PlainText private String evaluator;

	private Rating rating;

	@Size(max = 2000) @PlainText private String ownCriteria;

	@Size(max = 4000) @PlainText private String comments;

	private Map<String, Integer> scores = new LinkedHashMap<>();

	private Map<String, BigDecimal> figures = new LinkedHashMap<>();

	EvaluationDraft evaluation() {
		Map<String, BigDecimal> given = new LinkedHashMap<>();
		figures.forEach((k, v) -> {
			if (v != null) {
				given.put(k, v);
			}
		});
		Map<String, Integer> scored = new LinkedHashMap<>();
		scores.forEach((k, v) -> {
			if (v != null) {
				scored.put(k, v);
			}
		});
		return new EvaluationDraft(on, evaluator, scored, rating, ownCriteria, comments, given);
	}

	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
	public LocalDate getOn() { return on; }
	public void setOn(LocalDate on) { this.on = on; }
	public boolean isLaunched() { return launched; }
	public void setLaunched(boolean launched) { this.launched = launched; }
	public String getCommitment() { return commitment; }
	public void setCommitment(String commitment) { this.commitment = commitment; }
	public RecognitionLevel getLevel() { return level; }
	public void setLevel(RecognitionLevel level) { this.level = level; }
	public String getDocument() { return document; }
	public void setDocument(String document) { this.document = document; }
	public boolean isTypical() { return typical; }
	public void setTypical(boolean typical) { this.typical = typical; }
	public Long getTargetUnitId() { return targetUnitId; }
	public void setTargetUnitId(Long targetUnitId) { this.targetUnitId = targetUnitId; }
	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }
	public String getEvaluator() { return evaluator; }
	public void setEvaluator(String evaluator) { this.evaluator = evaluator; }
	public Rating getRating() { return rating; }
	public void setRating(Rating rating) { this.rating = rating; }
	public String getOwnCriteria() { return ownCriteria; }
	public void setOwnCriteria(String ownCriteria) { this.ownCriteria = ownCriteria; }
	public String getComments() { return comments; }
	public void setComments(String comments) { this.comments = comments; }
	public Map<String, Integer> getScores() { return scores; }
	public void setScores(Map<String, Integer> scores) { this.scores = scores; }
	public Map<String, BigDecimal> getFigures() { return figures; }
	public void setFigures(Map<String, BigDecimal> figures) { this.figures = figures; }

}
