package danvan.exemplar.lifecycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import danvan.exemplar.Rating;
import danvan.platform.audit.AuditTrail;

/**
 * One evaluation of an exemplar: against its own criteria and the board's (scores by criterion), a rating, the
 * figures measured then. A later one on a recognised exemplar is its improvement (nâng chất).
 */
@Entity
@Table(name = "exemplar_evaluation")
@AuditTrail("ExemplarEvaluation")
public class Evaluation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long exemplarId;

	private LocalDate evaluatedOn;

	private String evaluator;

	private int score;

	@Enumerated(EnumType.STRING)
	private Rating rating;

	private String ownCriteria;

	private String comments;

	private boolean improvement;

	private Instant createdAt;

	private String createdBy;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "exemplar_evaluation_score", joinColumns = @JoinColumn(name = "evaluation_id"))
	@MapKeyColumn(name = "criterion_code")
	@Column(name = "score")
	private Map<String, Integer> scores = new LinkedHashMap<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "exemplar_evaluation_figure", joinColumns = @JoinColumn(name = "evaluation_id"))
	@MapKeyColumn(name = "indicator_code")
	@Column(name = "figure_value")
	private Map<String, BigDecimal> figures = new LinkedHashMap<>();

	protected Evaluation() {
	}

	Evaluation(Long exemplarId, EvaluationDraft draft, boolean improvement, Instant createdAt, String createdBy) {
		this.exemplarId = exemplarId;
		this.evaluatedOn = draft.evaluatedOn();
		this.evaluator = draft.evaluator().strip();
		this.rating = draft.rating();
		this.ownCriteria = draft.ownCriteria();
		this.comments = draft.comments();
		this.scores.putAll(draft.scores());
		this.score = draft.scores().values().stream().mapToInt(Integer::intValue).sum();
		this.figures.putAll(draft.figures());
		this.improvement = improvement;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	public Long getId() {
		return id;
	}

	public Long getExemplarId() {
		return exemplarId;
	}

	public LocalDate getEvaluatedOn() {
		return evaluatedOn;
	}

	public String getEvaluator() {
		return evaluator;
	}

	public int getScore() {
		return score;
	}

	public Rating getRating() {
		return rating;
	}

	public String getOwnCriteria() {
		return ownCriteria;
	}

	public String getComments() {
		return comments;
	}

	public boolean isImprovement() {
		return improvement;
	}

	public Map<String, Integer> getScores() {
		return java.util.Collections.unmodifiableMap(scores);
	}

	public Map<String, BigDecimal> getFigures() {
		return java.util.Collections.unmodifiableMap(figures);
	}

}
