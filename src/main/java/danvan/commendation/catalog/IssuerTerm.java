package danvan.commendation.catalog;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/** A committee term (nhiệm kỳ), the numbering period of a Party issuer: "2020-2025". */
@Embeddable
public class IssuerTerm {

	private String label;

	private LocalDate startsOn;

	private LocalDate endsOn;

	protected IssuerTerm() {
	}

	IssuerTerm(String label, LocalDate startsOn, LocalDate endsOn) {
		this.label = label;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	boolean covers(LocalDate date) {
		return !startsOn.isAfter(date) && (endsOn == null || !endsOn.isBefore(date));
	}

	public String getLabel() {
		return label;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

}
