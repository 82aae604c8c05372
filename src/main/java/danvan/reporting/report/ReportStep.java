package danvan.reporting.report;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One step of a report's history: compiled, submitted, returned (with the board's comment), accepted. */
@Entity
@Table(name = "reporting_report_step")
public class ReportStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne
	private Report report;

	private String action;

	private String comment;

	private String actor;

	private Instant happenedAt;

	protected ReportStep() {
	}

	ReportStep(Report report, String action, String comment, String actor, Instant at) {
		this.report = report;
		this.action = action;
		this.comment = comment;
		this.actor = actor;
		this.happenedAt = at;
	}

	public String getAction() {
		return action;
	}

	public String getComment() {
		return comment;
	}

	public String getActor() {
		return actor;
	}

	public Instant getHappenedAt() {
		return happenedAt;
	}

}
