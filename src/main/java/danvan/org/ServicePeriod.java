package danvan.org;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/** A stretch of an official's career: where, as what, from when to when (open while it lasts). */
@Embeddable
public class ServicePeriod {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@ManyToOne
	private OrgUnit unit;

	@Column(name = "position_title")
	private String position;

	private LocalDate startDate;

	private LocalDate endDate;

	private boolean massMobilization;

	protected ServicePeriod() {
	}

	ServicePeriod(OrgUnit unit, String position, LocalDate startDate, LocalDate endDate, boolean massMobilization) {
		this.unit = unit;
		this.position = position;
		this.startDate = startDate;
		this.endDate = endDate;
		this.massMobilization = massMobilization;
	}

	void closeOn(LocalDate lastDay) {
		this.endDate = lastDay;
	}

	boolean overlaps(ServicePeriod other) {
		LocalDate end = endDate == null ? LocalDate.MAX : endDate;
		LocalDate otherEnd = other.endDate == null ? LocalDate.MAX : other.endDate;
		return !startDate.isAfter(otherEnd) && !other.startDate.isAfter(end);
	}

	/** Whole months served up to {@code today} (an open period runs until today). */
	long monthsUntil(LocalDate today) {
		LocalDate end = endDate == null || endDate.isAfter(today) ? today : endDate;
		return end.isBefore(startDate) ? 0 : ChronoUnit.MONTHS.between(startDate, end.plusDays(1));
	}

	public OrgUnit getUnit() {
		return unit;
	}

	public String getPosition() {
		return position;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public boolean isMassMobilization() {
		return massMobilization;
	}

	@Override
	public String toString() {
		return position + ", " + unit.getName() + " (" + DATE.format(startDate) + " – "
				+ (endDate == null ? "nay" : DATE.format(endDate))
				+ (massMobilization ? ", công tác dân vận" : "") + ")";
	}

}
