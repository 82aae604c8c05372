package danvan.commendation.catalog;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/** The name an issuer had over a period: a 2020 decision prints the 2020 name. */
@Embeddable
public class IssuerName {

	private String name;

	private String parentName;

	private String abbreviation;

	private LocalDate validFrom;

	private LocalDate validTo;

	private String legalBasis;

	protected IssuerName() {
	}

	IssuerName(String name, String parentName, String abbreviation, LocalDate validFrom, LocalDate validTo) {
		this.name = name;
		this.parentName = parentName;
		this.abbreviation = abbreviation;
		this.validFrom = validFrom;
		this.validTo = validTo;
	}

	boolean covers(LocalDate date) {
		return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
	}

	public String getName() {
		return name;
	}

	public String getParentName() {
		return parentName;
	}

	/** The abbreviation in numbers while this name was in force (BDVTU before the 2025 merger, BTGDVTU after). */
	public String getAbbreviation() {
		return abbreviation;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	/** The act that gave this name (e.g. the merger's decision), entered with the name; null for seeded names. */
	public String getLegalBasis() {
		return legalBasis;
	}

	void endOn(LocalDate last) {
		this.validTo = last;
	}

	void basis(String basis) {
		this.legalBasis = basis;
	}

}
