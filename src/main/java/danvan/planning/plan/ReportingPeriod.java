package danvan.planning.plan;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A period units report progress for (2020-Q1, 2020-H1, 2020-9M, 2020): data, not a constant. */
@Entity
@Table(name = "planning_period")
public class ReportingPeriod {

	@Id
	private Long id;

	private String code;

	private String kind;

	private LocalDate startsOn;

	private LocalDate endsOn;

	protected ReportingPeriod() {
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getKind() {
		return kind;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

}
