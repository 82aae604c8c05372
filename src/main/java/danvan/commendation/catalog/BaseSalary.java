package danvan.commendation.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The base salary (mức lương cơ sở) from a date: prizes are coefficients of the one in force. */
@Entity
@Table(name = "commendation_base_salary")
public class BaseSalary {

	@Id
	private LocalDate effectiveFrom;

	private BigDecimal amount;

	private String legalBasis;

	protected BaseSalary() {
	}

	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

}
