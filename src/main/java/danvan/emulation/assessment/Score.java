package danvan.emulation.assessment;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import danvan.emulation.Points;
import danvan.platform.audit.AuditTrail;

/** A unit's points on one scored item: what it claimed, with its explanation, and the official points now. */
@Entity
@Table(name = "emulation_score")
@AuditTrail("Score")
public class Score {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Assessment assessment;

	private Long itemId;

	private BigDecimal selfPoints;

	private BigDecimal points;

	private String explanation;

	protected Score() {
	}

	Score(Assessment assessment, Long itemId) {
		this.assessment = assessment;
		this.itemId = itemId;
	}

	void claim(BigDecimal value, String text) {
		this.selfPoints = Points.of(value);
		this.points = Points.of(value);
		this.explanation = text;
	}

	void adjust(BigDecimal value) {
		this.points = Points.of(value);
	}

	public Long getId() {
		return id;
	}

	public Long getItemId() {
		return itemId;
	}

	public BigDecimal getSelfPoints() {
		return selfPoints;
	}

	public BigDecimal getPoints() {
		return points;
	}

	public String getExplanation() {
		return explanation;
	}

}
