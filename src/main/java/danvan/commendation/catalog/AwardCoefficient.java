package danvan.commendation.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/** The prize as a multiple of the base salary, from a date, with the text that sets it. */
@Embeddable
public class AwardCoefficient {

	private LocalDate effectiveFrom;

	private BigDecimal coefficient;

	private String legalBasis;

	protected AwardCoefficient() {
	}

	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	public BigDecimal getCoefficient() {
		return coefficient;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

}
