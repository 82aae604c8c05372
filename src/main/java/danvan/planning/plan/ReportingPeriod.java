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

	/** The message key of the period's printed name, {@code planning.period.QUARTER} and so on. */
	public String getLabelKey() {
		return "planning.period." + kind;
	}

	/** The arguments of that name: the quarter in Roman numerals (or the month), then the year. */
	public Object[] getLabelArguments() {
		String part = switch (kind) {
			case "QUARTER" -> new String[] { "I", "II", "III", "IV" }[(startsOn.getMonthValue() - 1) / 3];
			case "MONTH" -> String.valueOf(startsOn.getMonthValue());
			default -> "";
		};
		return new Object[] { part, String.valueOf(startsOn.getYear()) };
	}

}
